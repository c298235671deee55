package io.livechain.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.model.EventType;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A trading partner's EPCIS 2.0 repository: every 30 s a document with one to three receiving
 * ObjectEvents (GS1 LGTIN quantities) at its site, whose GLN is 9521141000007.
 */
final class EpcisPartner implements EventFeed {

    static final int EVERY_SECONDS = 30;
    private static final String SITE = "urn:epc:id:sgln:9521141.00000.0";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SplittableRandom random;
    private final Ids ids;

    EpcisPartner(long seed, String run) {
        this.random = new SplittableRandom(seed ^ 0xE9C15L);
        this.ids = new Ids(run, "epcis");
    }

    @Override
    public void second(long n, Instant now, List<SimulatedEvent> out) {
        if (n % EVERY_SECONDS != 15) {
            return;
        }
        String id = ids.next();
        ObjectNode document = JSON.objectNode();
        document.putArray("@context").add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        document.put("type", "EPCISDocument")
                .put("schemaVersion", "2.0")
                .put("creationDate", now.toString())
                .put(
                        "id",
                        "urn:uuid:"
                                + java.util.UUID.nameUUIDFromBytes(
                                        id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ArrayNode events = document.putObject("epcisBody").putArray("eventList");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ObjectNode event = events.addObject()
                    .put("type", "ObjectEvent")
                    .put("eventTime", now.minusSeconds(count - i).toString())
                    .put("eventTimeZoneOffset", "+01:00")
                    .put("action", "OBSERVE")
                    .put("bizStep", "receiving")
                    .put("disposition", "in_progress");
            event.putArray("epcList");
            event.putArray("quantityList")
                    .addObject()
                    .put(
                            "epcClass",
                            "urn:epc:class:lgtin:4012345.0" + (10 + random.nextInt(40)) + "345.LOT"
                                    + (1 + random.nextInt(9)))
                    .put("quantity", 1 + random.nextInt(48));
            event.putObject("readPoint").put("id", SITE);
            event.putObject("bizLocation").put("id", SITE);
        }
        out.add(new SimulatedEvent(EventType.EPCIS, "/simulator/partner/epcis", id, document));
    }
}
