package io.livechain.model.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EventHashTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final EpcisCapture capture = new EpcisCapture();

    /** The shipping event of EPCIS 9.6.1 with a 2022 date, as in RalphTro/epcis-event-hash-generator tests. */
    private static final String REFERENCE_EVENT = """
            {"type": "ObjectEvent", "action": "OBSERVE", "bizStep": "shipping", "disposition": "in_transit",
             "epcList": ["urn:epc:id:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.2018"],
             "eventTime": "2022-02-16T20:33:31.116000-06:00", "eventTimeZoneOffset": "-06:00",
             "readPoint": {"id": "urn:epc:id:sgln:0614141.07346.1234"},
             "bizTransactionList": [{"type": "po", "bizTransaction": "http://transaction.acme.com/po/12345678"}]}""";

    @Test
    void preHashFollowsTheCanonicalOrderAndNormalisation() throws Exception {
        // published in the reference implementation as tests/examples/epcisDocWithSingleEvent.prehashes
        assertEquals(
                "eventType=ObjectEventeventTime=2022-02-17T02:33:31.116ZeventTimeZoneOffset=-06:00"
                        + "epcListepc=https://id.gs1.org/01/10614141073464/21/2017epc=https://id.gs1.org/01/10614141073464/21/2018"
                        + "action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shippingdisposition=https://ref.gs1.org/cbv/Disp-in_transit"
                        + "readPointid=https://id.gs1.org/414/0614141073467/254/1234"
                        + "bizTransactionListbizTransaction=http://transaction.acme.com/po/12345678type=https://ref.gs1.org/cbv/BTT-po",
                EventHash.preHash(MAPPER.readTree(REFERENCE_EVENT), EventHash.namespaces(MAPPER.missingNode())));
    }

    @Test
    void hashEqualsThePublishedReferenceValue() throws Exception {
        // tests/examples/epcisDocWithSingleEvent.hashes of the reference implementation
        assertEquals(
                "ni:///sha-256;3e0f2437f4cb5e8a1b832b769c0eed1bf3e1421f14061132e9800ded03f10182?ver=CBV2.0",
                capture.map(document(REFERENCE_EVENT, "example", "first"))
                        .get(0)
                        .eventHash());
    }

    @Test
    void sameEventInDifferentDocumentsHasTheSameHash() throws Exception {
        String event = """
                {"type": "ObjectEvent", "eventTime": "2024-03-01T10:00:00+01:00", "eventTimeZoneOffset": "+01:00",
                 "epcList": ["urn:epc:id:sgtin:0614141.107346.2018", "urn:epc:id:sgtin:0614141.107346.2017"],
                 "action": "OBSERVE", "bizStep": "receiving", "bizLocation": {"id": "urn:epc:id:sgln:0614141.00888.0"},
                 "%s:note": "x"}""";
        String first =
                capture.map(document(event.formatted("ex"), "ex", "one")).get(0).eventHash();
        // another prefix for the same namespace, epcs in another order, time in UTC, other document fields
        String reordered = event.formatted("vendor")
                .replace("2024-03-01T10:00:00+01:00", "2024-03-01T09:00:00.000Z")
                .replace(
                        "\"urn:epc:id:sgtin:0614141.107346.2018\", \"urn:epc:id:sgtin:0614141.107346.2017\"",
                        "\"urn:epc:id:sgtin:0614141.107346.2017\", \"urn:epc:id:sgtin:0614141.107346.2018\"");
        assertEquals(
                first, capture.map(document(reordered, "vendor", "two")).get(0).eventHash());
    }

    @Test
    void differentEventsHaveDifferentHashes() throws Exception {
        String other = REFERENCE_EVENT.replace("2018\"]", "2019\"]");
        assertNotEquals(
                capture.map(document(REFERENCE_EVENT, "ex", "a")).get(0).eventHash(),
                capture.map(document(other, "ex", "a")).get(0).eventHash());
    }

    @Test
    void epcAndDigitalLinkOfTheSameEventHashAlike() throws Exception {
        String dl = REFERENCE_EVENT
                .replace("urn:epc:id:sgtin:0614141.107346.", "https://id.gs1.org/01/10614141073464/21/")
                .replace("urn:epc:id:sgln:0614141.07346.1234", "https://id.gs1.org/414/0614141073467/254/1234");
        assertEquals(
                capture.map(document(REFERENCE_EVENT, "ex", "a")).get(0).eventHash(),
                capture.map(document(dl, "ex", "a")).get(0).eventHash());
    }

    @Test
    void aStatedNamedInformationEventIdIsKept() throws Exception {
        String id = "ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0";
        String event = "{\"eventID\": \"" + id + "\", " + REFERENCE_EVENT.substring(1);
        assertEquals(id, capture.map(document(event, "ex", "a")).get(0).eventHash());
    }

    private static JsonNode document(String event, String prefix, String id) throws Exception {
        return MAPPER.readTree("""
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                              {"%s": "http://ns.example.com/epcis/"}],
                 "id": "https://id.example.org/%s", "type": "EPCISDocument", "schemaVersion": "2.0",
                 "creationDate": "2024-03-02T00:00:00Z", "epcisBody": {"eventList": [%s]}}""".formatted(prefix, id, event));
    }
}
