package io.livechain.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.EventType;
import io.livechain.model.FieldError;
import io.livechain.model.InvalidEventException;
import io.livechain.model.Scan;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile events are refused naming what is wrong, never let through to the function or answered 500. */
class CloudEventReaderTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final CloudEventReader reader = new CloudEventReader(mapper);

    private JsonNode scan(String quantity) throws Exception {
        return mapper.readTree("""
                {"sku": "S-1", "location": "DC-1", "quantity": %s, "bizStep": "receiving",
                 "eventTime": "2026-11-20T06:00:00Z"}""".formatted(quantity));
    }

    private static CloudEventBuilder event(String specVersion, String id, String source) {
        return CloudEventBuilder.create()
                .specVersion(specVersion)
                .id(id)
                .source(source)
                .type(EventType.SCAN.type());
    }

    private List<FieldError> problems(CloudEvent<JsonNode> event) {
        return assertThrows(InvalidEventException.class, () -> reader.read(event, EventType.SCAN, Scan.class))
                .errors();
    }

    @Test
    void eventsWithoutTheirRequiredAttributesAreRefused() throws Exception {
        assertEquals(
                List.of(new FieldError("source", "is required")),
                problems(event("1.0", "e-1", null).build(scan("1"))));
        assertEquals(
                List.of(new FieldError("id", "is required"), new FieldError("source", "is required")),
                problems(event("1.0", " ", "").build(scan("1"))));
        assertEquals(
                List.of(new FieldError("specversion", "must be 1.0 (or 0.3), was '1.1'")),
                problems(event("1.1", "e-1", "/s").build(scan("1"))));
    }

    @Test
    void aNumberBeyondADoublesRangeIsNamedOutOfRange() throws Exception {
        // How Funqy's parser reads 1e400: as an infinite double.
        assertEquals(
                List.of(new FieldError("quantity", "is out of range (beyond ±1.7e308)")),
                problems(event("1.0", "e-1", "/s").build(scan("1e400"))));
    }

    @Test
    void anExactDecimalBeyondADoublesRangeIsNamedOutOfRangeToo() throws Exception {
        // How the functions read 1e400 since ExactNumbers: as a BigDecimal, which threshold would make Infinity.
        ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode scan = exact.readTree("""
                {"sku": "S-1", "location": "DC-1", "quantity": 1e400, "bizStep": "receiving",
                 "eventTime": "2026-11-20T06:00:00Z"}""");
        assertTrue(scan.get("quantity").isBigDecimal());

        assertEquals(
                List.of(new FieldError("quantity", "is out of range (beyond ±1.7e308)")),
                problems(event("1.0", "e-1", "/s").build(scan)));
    }

    /** The schema validator threw NumberFormatException comparing infinity with the enum's values (a 500). */
    @Test
    void anInfiniteNumberWhereAnEnumValueBelongsIsNamedOutOfRange() throws Exception {
        JsonNode condition = mapper.readTree("""
                {"conditionId": "c-1", "kind": 1e400, "facilityId": "F-1", "validFrom": "2026-11-20T06:00:00Z",
                 "validUntil": "2026-11-21T06:00:00Z", "source": "feed"}""");
        CloudEvent<JsonNode> event =
                event("1.0", "e-1", "/s").type(EventType.CONDITION.type()).build(condition);

        InvalidEventException e =
                assertThrows(InvalidEventException.class, () -> reader.readValid(event, EventType.CONDITION));
        assertEquals(List.of(new FieldError("kind", "is out of range (beyond ±1.7e308)")), e.errors());
    }

    /** PostgreSQL's text holds neither: the insert failed with a 500. */
    @Test
    void textWithANulOrAnUnpairedSurrogateIsRefusedNamingTheField() throws Exception {
        JsonNode nul = scan("1");
        ((com.fasterxml.jackson.databind.node.ObjectNode) nul).put("location", "DC\u0000");
        JsonNode surrogate = scan("1");
        ((com.fasterxml.jackson.databind.node.ObjectNode) surrogate).put("sku", "S-\ud800");

        assertEquals(
                "location",
                problems(event("1.0", "e-1", "/s").build(nul)).get(0).field());
        assertEquals(
                "sku",
                problems(event("1.0", "e-2", "/s").build(surrogate)).get(0).field());
        assertEquals(null, CloudEventReader.unfit(mapper.readTree("{\"sku\": \"❄️🧊 Kühlhaus\\r\\n\"}")));
    }

    @Test
    void aValidEventIsRead() throws Exception {
        assertEquals(
                "S-1",
                reader.read(event("1.0", "e-1", "/s").build(scan("1")), EventType.SCAN, Scan.class)
                        .sku());
    }
}
