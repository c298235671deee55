package io.livechain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final Instant T = Instant.parse("2026-11-27T06:00:00Z");
    private static final SensorReading READING = new SensorReading(
            "dev-1", "reefer-7", "shp-1", "temperature", new BigDecimal("4.5"), "CEL", T, "refrigerated");

    private static final Condition CONDITION = new Condition(
            "c-1",
            Condition.Kind.PORT_CONGESTION,
            "NLRTM",
            null,
            720,
            null,
            T,
            T.plusSeconds(86_400),
            "port-authority");
    private static final Itinerary ITINERARY = new Itinerary(
            List.of("NLRTM", "DEHAM"),
            List.of("l-1"),
            T,
            T.plusSeconds(3600),
            new BigDecimal("120.50"),
            List.of(new RouteLeg("l-1", "NLRTM", "DEHAM", "road", T, T.plusSeconds(3600))));

    /** One instance of every catalogue record, as its producer would write it. */
    private static final Map<EventType, Object> SAMPLES = Map.ofEntries(
            Map.entry(EventType.EPCIS, JsonNodeFactory.instance.objectNode().put("type", "ObjectEvent")),
            Map.entry(EventType.LEGACY_CHANGE, legacyChange()),
            Map.entry(
                    EventType.SCAN,
                    new Scan("SKU-1", "DC-1", BigDecimal.TEN, "receiving", T, null, "L1", null, "dev-1")),
            Map.entry(
                    EventType.INVENTORY_MOVEMENT,
                    new InventoryMovement(
                            "SKU-1",
                            "DC-1",
                            null,
                            MovementKind.ADJUSTMENT,
                            BigDecimal.TEN.negate(),
                            "shipping",
                            T,
                            null,
                            null,
                            null,
                            "/dock",
                            "s-1")),
            Map.entry(
                    EventType.INVENTORY_LEVEL,
                    new InventoryLevel(
                            "SKU-1",
                            "DC-1",
                            "KGM",
                            new BigDecimal("2.5"),
                            BigDecimal.ONE,
                            "m-1",
                            "/livechain/scan-ingest",
                            T,
                            true,
                            7L,
                            MovementKind.ADJUSTMENT,
                            new BigDecimal("-1.5"))),
            Map.entry(EventType.SENSOR_READING, READING),
            Map.entry(
                    EventType.ALERT_RAISED,
                    new AlertRaised(
                            "a-1",
                            "reefer-7/excursion",
                            "reefer-7",
                            "shp-1",
                            "excursion",
                            AlertRaised.Severity.CRITICAL,
                            "9.1 °C for 31 min",
                            T,
                            List.of(READING))),
            Map.entry(
                    EventType.ALERT_RESOLVED,
                    new AlertResolved("a-1", "reefer-7/excursion", "reefer-7", "excursion", "back in range", T)),
            Map.entry(
                    EventType.MAINTENANCE_REQUESTED,
                    new MaintenanceRequested(
                            "r-1",
                            "press-4/vibration",
                            "press-4",
                            "vibration",
                            "z-score 5.2 over EWMA baseline",
                            new BigDecimal("7.9"),
                            new BigDecimal("2.1"),
                            new BigDecimal("5.2"),
                            T,
                            List.of(READING))),
            Map.entry(
                    EventType.REROUTE_REQUESTED,
                    new RerouteRequested(
                            "shp-1",
                            "reefer-7",
                            "a-1",
                            "reefer-7/excursion",
                            "excursion",
                            "refrigerated",
                            "cold-storage",
                            "9.1 °C for 31 min",
                            T)),
            Map.entry(
                    EventType.REPLENISHMENT_SUGGESTED,
                    new ReplenishmentSuggested(
                            "SKU-1",
                            "DEBER-DC",
                            new BigDecimal("30"),
                            new BigDecimal("36"),
                            new BigDecimal("5.1865"),
                            new BigDecimal("10.1429"),
                            new BigDecimal("1.8157"),
                            new BigDecimal("3"),
                            BigDecimal.ZERO,
                            new BigDecimal("0.95"),
                            new BigDecimal("77"),
                            new BigDecimal("2.96"),
                            T,
                            "/livechain/inventory",
                            "lvl-1")),
            Map.entry(EventType.CONDITION, CONDITION),
            Map.entry(EventType.POSITION, new Position("shp-1", "gps-1", 51.9, 4.4, T)),
            Map.entry(
                    EventType.SHIPMENT_CREATED,
                    new ShipmentCreated(
                            "shp-1",
                            "NLRTM",
                            "DEHAM",
                            "refrigerated",
                            true,
                            T.plusSeconds(86_400),
                            T,
                            2,
                            List.of(io.livechain.model.network.Lane.Mode.SEA))),
            Map.entry(
                    EventType.ROUTE_PLANNED,
                    new RoutePlanned(
                            "shp-1", ITINERARY, List.of(ITINERARY), T.plusSeconds(86_400), true, List.of("c-1"))),
            Map.entry(
                    EventType.SHIPMENT_REROUTED,
                    new ShipmentRerouted(
                            "shp-1",
                            List.of("NLRTM", "DEHAM"),
                            List.of("NLRTM", "BEANR", "DEHAM"),
                            List.of("l-1"),
                            List.of("l-2", "l-3"),
                            T,
                            T.plusSeconds(2700),
                            45,
                            "condition",
                            "port congestion",
                            null,
                            List.of("c-1"),
                            List.of(CONDITION))));

    private final EventSchemas schemas = new EventSchemas();
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyCatalogueRecordSatisfiesItsOwnSchema() {
        assertEquals(EventType.values().length, SAMPLES.size(), "a sample for every type");
        SAMPLES.forEach((type, sample) -> {
            assertTrue(type.payload().isInstance(sample), type.type());
            JsonNode json = mapper.valueToTree(sample);
            assertEquals(List.of(), schemas.validate(type, json), type.type());
        });
    }

    /** A Debezium change as the PostgreSQL connector writes it (JsonConverter, no schema). */
    private static JsonNode legacyChange() {
        var change = JsonNodeFactory.instance.objectNode().put("op", "c").putNull("before");
        change.putObject("after").put("id", 1).put("qty", "2.5");
        change.putObject("source")
                .put("db", "legacy_wms")
                .put("schema", "public")
                .put("table", "goods_receipts")
                .put("lsn", 24023128L);
        return change;
    }

    @Test
    void missingRequiredFieldIsNamed() throws Exception {
        JsonNode scan = mapper.readTree("{\"location\": \"DC\", \"quantity\": 1, \"bizStep\": \"receiving\","
                + " \"eventTime\": \"2026-11-27T06:00:00Z\"}");
        assertEquals(List.of(new FieldError("sku", "is required")), schemas.validate(EventType.SCAN, scan));
    }

    @Test
    void formatsAreAsserted() throws Exception {
        JsonNode scan = mapper.readTree("{\"sku\": \"S\", \"location\": \"DC\", \"quantity\": 1,"
                + " \"bizStep\": \"receiving\", \"eventTime\": \"27/11/2026\"}");
        List<FieldError> errors = schemas.validate(EventType.SCAN, scan);
        assertEquals(1, errors.size());
        assertEquals("eventTime", errors.get(0).field());
    }

    @Test
    void nestedFieldsAreNamedByPath() throws Exception {
        JsonNode alert = mapper.valueToTree(SAMPLES.get(EventType.ALERT_RAISED));
        ((com.fasterxml.jackson.databind.node.ObjectNode) alert.get("readings").get(0)).put("value", "warm");
        List<FieldError> errors = schemas.validate(EventType.ALERT_RAISED, alert);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("readings[0].value")), errors.toString());
    }

    @Test
    void agentsAskForRerouteAndMaintenanceWithoutAlertOrMeasurement() {
        RerouteRequested reroute =
                new RerouteRequested("shp-1", null, null, null, null, null, null, "port strike announced", T);
        assertEquals(List.of(), schemas.validate(EventType.REROUTE_REQUESTED, mapper.valueToTree(reroute)));
        MaintenanceRequested maintenance = new MaintenanceRequested(
                "agent-r-1", "press-4/agent", "press-4", "vibration", "noise reported", null, null, null, T, null);
        assertEquals(List.of(), schemas.validate(EventType.MAINTENANCE_REQUESTED, mapper.valueToTree(maintenance)));
        RerouteRequested noReason = new RerouteRequested("shp-1", null, null, null, null, null, null, null, T);
        assertEquals(
                List.of(new FieldError("reason", "is required")),
                schemas.validate(EventType.REROUTE_REQUESTED, mapper.valueToTree(noReason)));
    }

    @Test
    void wholeQuantitiesAreWrittenPlain() throws Exception {
        InventoryLevel level = new InventoryLevel(
                "S",
                "L",
                null,
                new BigDecimal("100.000000"),
                new BigDecimal("2.50"),
                "c",
                "s",
                T,
                true,
                1L,
                MovementKind.ADJUSTMENT,
                new BigDecimal("-3.000"));
        String json = mapper.writeValueAsString(level);
        assertTrue(json.contains("\"onHand\":100,"), json);
        assertTrue(json.contains("\"previousOnHand\":2.5,"), json);
        assertTrue(json.contains("\"kind\":\"ADJUSTMENT\",\"quantity\":-3}"), json);
    }
}
