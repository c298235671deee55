package io.livechain.model.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.FieldError;
import io.livechain.model.InvalidEventException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpcisViolationsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONTEXT =
            "\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"";
    private static final String EVENT = """
            {"type": "ObjectEvent", "eventTime": "2024-03-01T10:00:00Z", "eventTimeZoneOffset": "+00:00",
             "epcList": ["urn:epc:id:sgtin:0614141.107346.2017"], "action": "%s", "bizStep": "receiving",
             "bizLocation": {"id": "urn:epc:id:sgln:0614141.00888.0"}}""";

    private final EpcisCapture capture = new EpcisCapture();

    @Test
    void unknownActionIsNamedByPathAndEnum() throws Exception {
        List<FieldError> errors = capture.validate(document(EVENT.formatted("ADD"), EVENT.formatted("MOVE")));
        assertTrue(
                errors.stream()
                        .anyMatch(error -> error.field().equals("$.epcisBody.eventList[1].action")
                                && error.problem().contains("enum")),
                errors.toString());
        assertTrue(
                errors.stream().allMatch(error -> error.field().startsWith("$.epcisBody.eventList[1]")),
                errors.toString());
    }

    /** Parsed as infinity, which the schema validator and the event hash threw on (a 500). */
    @Test
    void aNumberBeyondADoubleWhereAnEnumValueBelongsIsRejected() throws Exception {
        JsonNode document = document(EVENT.formatted("ADD").replace("\"ADD\"", "1e400"));

        assertEquals(
                List.of(new FieldError("$.epcisBody.eventList[0].action", "is out of range (beyond ±1.7e308)")),
                capture.validate(document));
    }

    @Test
    void oneInvalidEventRejectsTheWholeDocument() throws Exception {
        JsonNode document = document(EVENT.formatted("ADD"), EVENT.formatted("MOVE"), EVENT.formatted("OBSERVE"));
        InvalidEventException rejected = assertThrows(InvalidEventException.class, () -> capture.map(document));
        assertEquals(capture.validate(document), rejected.errors());
        assertTrue(rejected.errors().stream().allMatch(e -> e.field().startsWith("$.epcisBody.eventList[1]")));
    }

    @Test
    void missingEventTimeIsNamed() throws Exception {
        String event = EVENT.formatted("OBSERVE").replace("\"eventTime\": \"2024-03-01T10:00:00Z\", ", "");
        List<FieldError> errors = capture.validate(document(event));
        assertTrue(
                errors.contains(new FieldError("$.epcisBody.eventList[0].eventTime", "is required")),
                errors.toString());
    }

    @Test
    void unknownEventTypeIsRejected() throws Exception {
        String event = EVENT.formatted("OBSERVE").replace("\"ObjectEvent\"", "\"TeleportEvent\"");
        List<FieldError> errors = capture.validate(document(event));
        assertTrue(
                errors.stream()
                        .anyMatch(error -> error.field().equals("$.epcisBody.eventList[0].type")
                                && error.problem().contains("TeleportEvent")),
                errors.toString());
    }

    @Test
    void quantityThatIsNotANumberIsRejected() throws Exception {
        String event = EVENT.formatted("OBSERVE")
                .replace(
                        "\"epcList\": [\"urn:epc:id:sgtin:0614141.107346.2017\"]",
                        "\"quantityList\": [{\"epcClass\": \"urn:epc:class:lgtin:4012345.012345.998877\", \"quantity\": \"ten\"}]");
        List<FieldError> errors = capture.validate(document(event));
        assertTrue(
                errors.stream().anyMatch(e -> e.field().equals("$.epcisBody.eventList[0].quantityList[0].quantity")),
                errors.toString());
    }

    @Test
    void gtinWithWrongCheckDigitIsRejectedWithItsPath() throws Exception {
        String event = EVENT.formatted("OBSERVE")
                .replace("urn:epc:id:sgtin:0614141.107346.2017", "https://id.gs1.org/01/10614141073465/21/2017");
        assertEquals(
                List.of("$.epcisBody.eventList[0].epcList[0]"),
                capture.validate(document(event)).stream()
                        .map(FieldError::field)
                        .toList());
    }

    @Test
    void vendorExtensionsAreAccepted() throws Exception {
        String event =
                EVENT.formatted("OBSERVE").replace("\"action\"", "\"example:myField\": {\"example:x\": 1}, \"action\"");
        assertEquals(List.of(), capture.validate(document(event)));
    }

    @Test
    void singleEventNeedsItsOwnContext() throws Exception {
        JsonNode event = MAPPER.readTree(EVENT.formatted("OBSERVE"));
        assertTrue(!capture.validate(event).isEmpty());
        JsonNode withContext = MAPPER.readTree(EVENT.formatted("OBSERVE").replaceFirst("\\{", "{" + CONTEXT + ", "));
        assertEquals(List.of(), capture.validate(withContext));
        assertEquals(1, capture.map(withContext).get(0).movements().size());
    }

    private static JsonNode document(String... events) throws Exception {
        return MAPPER.readTree("{" + CONTEXT + ", \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\","
                + " \"creationDate\": \"2024-03-02T00:00:00Z\", \"epcisBody\": {\"eventList\": ["
                + String.join(",", events) + "]}}");
    }
}
