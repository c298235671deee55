package io.livechain.model.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import io.livechain.model.SensorReading;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official GS1 EPCIS 2.0 examples (gs1/EPCIS 2b888befbc07), read from the shared folder beside the checkout. */
class EpcisConformanceTest {

    private static final Path CONFORMANCE = Path.of("../../../shared/conformance/epcis");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final EpcisCapture CAPTURE = new EpcisCapture();

    @BeforeAll
    static void conformanceDataPresent() {
        Assumptions.assumeTrue(Files.isDirectory(CONFORMANCE), "no conformance data at " + CONFORMANCE);
    }

    @Test
    void everyOfficialDocumentIsValidAndMaps() throws IOException {
        List<Path> documents;
        try (Stream<Path> examples = Files.list(CONFORMANCE.resolve("examples"));
                Stream<Path> sensor = Files.list(CONFORMANCE.resolve("sensor"))) {
            documents = Stream.concat(examples, sensor).sorted().toList();
        }
        assertEquals(24, documents.size());
        for (Path path : documents) {
            JsonNode document = MAPPER.readTree(path.toFile());
            assertEquals(List.of(), CAPTURE.validate(document), path.toString());
            List<CapturedEvent> events = CAPTURE.map(document);
            assertEquals(document.path("epcisBody").path("eventList").size(), events.size(), path.toString());
            events.forEach(event -> assertTrue(event.eventHash().matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0")));
        }
    }

    @Test
    void objectEvent961ReceivesOneItemAtTheBusinessLocation() throws IOException {
        List<CapturedEvent> events = CAPTURE.map(read("examples/Example_9.6.1-ObjectEvent.jsonld"));
        // event 1 ships but names no bizLocation (only a readPoint): no stock place, no movement
        assertEquals(List.of(), events.get(0).movements());
        // event 2 receives sgtin 0614141.107346.2018: GTIN = 1 + 0614141 + 07346 + check 4;
        // bizLocation sgln 0012345.11111.0: GLN = 0012345 + 11111 + check 2, extension 0 = none
        assertEquals(
                List.of(counted(
                        "10614141073464",
                        "0012345111112",
                        "1",
                        "receiving",
                        "2005-04-05T02:33:31.116Z",
                        "ni:///sha-256;00e1e6eba3a7cc6125be4793a631f0af50f8322e0ab5f2c0bab994a11cec1d79?ver=CBV2.0")),
                events.get(1).movements());
    }

    @Test
    void digitalLinkTwinOf961MovesAtTheSameLocation() throws IOException {
        List<CapturedEvent> epc = CAPTURE.map(read("examples/Example_9.6.1-ObjectEvent.jsonld"));
        List<CapturedEvent> dl = CAPTURE.map(read("examples/Example_9.6.1-ObjectEventWithDigitalLink.jsonld"));
        assertEquals(List.of(), dl.get(0).movements());
        InventoryMovement twin = dl.get(1).movements().get(0);
        InventoryMovement original = epc.get(1).movements().get(0);
        assertEquals(original.location(), twin.location());
        assertEquals(original.quantity(), twin.quantity());
        assertEquals(original.eventTime(), twin.eventTime());
        // The official twin writes GTIN 70614141123451, not the EPC's 10614141073464, so the skus differ as written.
        assertEquals("70614141123451", twin.sku());
    }

    @Test
    void aggregationEvent963ReceivesTheChildrenNotThePallet() throws IOException {
        List<InventoryMovement> movements = CAPTURE.map(read("examples/Example_9.6.3-AggregationEvent.jsonld"))
                .get(0)
                .movements();
        String hash = "ni:///sha-256;87b5f18a69993f0052046d4687dfacdf48f7c988cfabda2819688c86b4066a49?ver=CBV2.0";
        String time = "2013-06-08T14:58:56.591Z";
        // bizLocation sgln 0614141.00888.0 -> GLN 0614141008889; parent SSCC is a logistic unit, no sku
        assertEquals(
                List.of(
                        // childEPCs: two sgtin 0614141.107346.* -> 2 x GTIN 10614141073464
                        counted("10614141073464", "0614141008889", "2", "receiving", time, hash),
                        // idpat sgtin 4012345.098765.* quantity 10 without uom -> counted GTIN 0 4012345 98765 + check
                        // 2
                        counted("04012345987652", "0614141008889", "10", "receiving", time, hash),
                        // lgtin 4012345.012345.998877 200.5 KGM -> GTIN 04012345123456, lot 998877
                        new InventoryMovement(
                                "04012345123456",
                                "0614141008889",
                                "KGM",
                                MovementKind.ADJUSTMENT,
                                new BigDecimal("200.5"),
                                "receiving",
                                Instant.parse(time),
                                null,
                                "998877",
                                null,
                                null,
                                hash)),
                movements);
    }

    @Test
    void digitalLinkTwinOf963GivesTheSameClassLevelSkus() throws IOException {
        List<InventoryMovement> epc = CAPTURE.map(read("examples/Example_9.6.3-AggregationEvent.jsonld"))
                .get(0)
                .movements();
        List<InventoryMovement> dl = CAPTURE.map(read("examples/Example_9.6.3-AggregationEventWithDigitalLink.jsonld"))
                .get(0)
                .movements();
        assertEquals(
                epc.subList(1, 3).stream()
                        .map(m -> m.sku() + "@" + m.location() + "=" + m.quantity())
                        .toList(),
                dl.subList(1, 3).stream()
                        .map(m -> m.sku() + "@" + m.location() + "=" + m.quantity())
                        .toList());
    }

    @Test
    void transformationEvent964HasNoBusinessLocationSoMovesNothing() throws IOException {
        CapturedEvent event = CAPTURE.map(read("examples/Example_9.6.4-TransformationEvent.jsonld"))
                .get(0);
        // only readPoint sgln 4012345.00001.0 is given; without bizLocation there is no stock place
        assertEquals("TransformationEvent", event.eventType());
        assertEquals(List.of(), event.movements());
    }

    @Test
    void sensorExample4ReadsOneDevicePerReport() throws IOException {
        List<SensorReading> readings =
                CAPTURE.map(read("sensor/SensorDataExample4.jsonld")).get(0).readings();
        // epcList is empty, so the asset is the first quantityList epcClass; time from sensorMetadata 14:55+01:00
        String asset = "urn:epc:class:lgtin:4023333.002000.2019-10-07";
        Instant time = Instant.parse("2019-04-02T13:55:00Z");
        assertEquals(
                List.of(
                        reading("urn:epc:id:giai:4000001.111", asset, "temperature", "26", "CEL", time),
                        reading("urn:epc:id:giai:4000001.222", asset, "absolutehumidity", "12.1", "A93", time),
                        reading("urn:epc:id:giai:4000001.333", asset, "speed", "160", "KMH", time),
                        reading("urn:epc:id:giai:4000001.444", asset, "illuminance", "800", "LUX", time)),
                readings);
    }

    @Test
    void sensorExample8ReadsValuesAndMeansButSkipsEmptyReports() throws IOException {
        CapturedEvent event =
                CAPTURE.map(read("sensor/SensorDataExample8.jsonld")).get(0);
        String parent = "urn:epc:id:sscc:4012345.0111111111";
        Instant metadataTime = Instant.parse("2019-07-19T13:00:00Z");
        assertEquals(
                List.of(
                        reading("urn:epc:id:giai:4000001.111", parent, "absolutehumidity", "12.1", "A93", metadataTime),
                        reading(
                                "urn:epc:id:giai:4000001.111",
                                parent,
                                "amountofsubstanceperunitvolume",
                                "0.18",
                                "C35",
                                metadataTime),
                        reading(
                                "urn:epc:id:giai:4000001.111",
                                parent,
                                "amountofsubstanceperunitvolume",
                                "0.05",
                                "C35",
                                metadataTime),
                        // element 2: only min/max/mean, no time and no device: meanValue at eventTime, device "epcis"
                        reading("epcis", parent, "temperature", "13.2", "CEL", Instant.parse("2019-10-07T14:30:00Z"))),
                event.readings());
        // packing at a read point only: no stock movement
        assertEquals(List.of(), event.movements());
    }

    @Test
    void sensorExample5UsesEachReportsOwnTime() throws IOException {
        List<SensorReading> readings =
                CAPTURE.map(read("sensor/SensorDataExample5.jsonld")).get(0).readings();
        assertEquals(6, readings.size());
        assertEquals(
                reading(
                        "urn:epc:id:giai:4000001.111",
                        "urn:epc:id:sgtin:4012345.011111.9876",
                        "temperature",
                        "26.5",
                        "CEL",
                        Instant.parse("2019-04-02T13:55:00Z")),
                readings.get(5));
    }

    @Test
    void sensorExample3HasOnlyMinAndMaxSoNoReadings() throws IOException {
        CapturedEvent event =
                CAPTURE.map(read("sensor/SensorDataExample3.jsonld")).get(0);
        assertEquals(List.of(), event.readings());
        assertFalse(event.eventHash().isEmpty());
    }

    private static JsonNode read(String file) throws IOException {
        return MAPPER.readTree(CONFORMANCE.resolve(file).toFile());
    }

    private static InventoryMovement counted(
            String sku, String location, String quantity, String bizStep, String time, String hash) {
        return new InventoryMovement(
                sku,
                location,
                null,
                MovementKind.ADJUSTMENT,
                new BigDecimal(quantity),
                bizStep,
                Instant.parse(time),
                null,
                null,
                null,
                null,
                hash);
    }

    private static SensorReading reading(
            String device, String asset, String metric, String value, String unit, Instant time) {
        return new SensorReading(device, asset, null, metric, new BigDecimal(value), unit, time, null);
    }
}
