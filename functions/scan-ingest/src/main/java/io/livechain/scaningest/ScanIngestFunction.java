package io.livechain.scaningest;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.kit.CloudEventReader;
import io.livechain.kit.Replies;
import io.livechain.kit.TraceParent;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.InventoryMovement;
import io.livechain.model.Scan;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;

/** Scans in, movements out: {@code io.livechain.scan.v1} and GS1 EPCIS 2.0 ({@code io.livechain.epcis.v2}). */
public class ScanIngestFunction {

    private final CloudEventReader reader;
    private final ScanNormaliser normaliser;
    private final EpcisIngest epcis;

    public ScanIngestFunction(CloudEventReader reader, ScanNormaliser normaliser, EpcisIngest epcis) {
        this.reader = reader;
        this.normaliser = normaliser;
        this.epcis = epcis;
    }

    @Funq(Functions.SCAN_INGEST)
    @CloudEventMapping(trigger = EventType.Types.SCAN, responseType = EventType.Types.INVENTORY_MOVEMENT)
    public CloudEvent<InventoryMovement> ingest(CloudEvent<JsonNode> event) {
        Scan scan = reader.read(event, EventType.SCAN, Scan.class);
        InventoryMovement movement = normaliser.normalise(scan, event.source(), event.id());
        // Keyed by stock position: its movements keep their order on one Kafka partition.
        return Replies.reply(
                Functions.SCAN_INGEST,
                EventType.INVENTORY_MOVEMENT,
                event,
                movement.sku() + "|" + movement.location(),
                movement);
    }

    /**
     * GS1 EPCIS 2.0 (a document or one event, {@code application/ld+json} or {@code application/json})
     * in; its movements and sensor readings go to the broker, so the reply is empty.
     */
    @Funq("scan-ingest-epcis")
    @CloudEventMapping(trigger = EventType.Types.EPCIS)
    public void epcis(CloudEvent<byte[]> event) {
        epcis.ingest(reader.readJson(event), event.source(), TraceParent.of(event));
    }
}
