package io.livechain.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.EventSchemas;
import io.livechain.model.EventType;
import io.livechain.model.FieldError;
import io.livechain.model.Scan;
import io.livechain.model.SensorReading;
import io.livechain.model.network.Network;
import io.livechain.model.network.NetworkFile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final Network NETWORK = NetworkFile.read(Path.of("../../knative/network/network.json"));
    private static final Instant START = Instant.parse("2026-12-02T06:00:00Z");

    private static List<SimulatedEvent> run(long seed, int seconds, int scanRate, int reefers, int trackers) {
        Simulator simulator = new Simulator(
                new SimulatorOptions(
                        URI.create("http://localhost:1/"),
                        scanRate,
                        reefers,
                        trackers,
                        Duration.ZERO,
                        seed,
                        "test",
                        Path.of("unused")),
                NETWORK);
        List<SimulatedEvent> events = new ArrayList<>();
        for (int n = 0; n < seconds; n++) {
            events.addAll(simulator.second(n, START.plusSeconds(n)));
        }
        return events;
    }

    private static Map<EventType, Long> byType(List<SimulatedEvent> events) {
        return events.stream().collect(Collectors.groupingBy(SimulatedEvent::type, Collectors.counting()));
    }

    @Test
    void everyEventSatisfiesItsCatalogueSchema() {
        EventSchemas schemas = new EventSchemas();
        // Long enough for the compressor's wear, conditions, EPCIS documents and an open door or two.
        List<SimulatedEvent> events = run(7, 900, 3, 6, 4);
        Map<String, List<FieldError>> invalid = new HashMap<>();
        for (SimulatedEvent event : events) {
            JsonNode data = BrokerClient.JSON.valueToTree(event.data());
            List<FieldError> errors = schemas.validate(event.type(), data);
            if (!errors.isEmpty()) {
                invalid.putIfAbsent(event.type().type(), errors);
            }
        }
        assertEquals(Map.of(), invalid);
        assertEquals(
                java.util.Set.of(
                        EventType.SCAN,
                        EventType.SENSOR_READING,
                        EventType.SHIPMENT_CREATED,
                        EventType.POSITION,
                        EventType.CONDITION,
                        EventType.EPCIS),
                byType(events).keySet());
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        List<String> first =
                run(42, 120, 10, 4, 3).stream().map(e -> e.id() + e.data()).toList();
        List<String> again =
                run(42, 120, 10, 4, 3).stream().map(e -> e.id() + e.data()).toList();
        List<String> other =
                run(43, 120, 10, 4, 3).stream().map(e -> e.id() + e.data()).toList();
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void eachFeedEmitsAtItsRate() {
        Map<EventType, Long> counts = byType(run(1, 60, 25, 5, 3));
        assertEquals(25 * 60, counts.get(EventType.SCAN));
        // Five reefers at 1 Hz, and the worn compressor's current every 10 s.
        assertEquals(5 * 60 + 6, counts.get(EventType.SENSOR_READING));
        assertEquals(3, counts.get(EventType.SHIPMENT_CREATED));
        assertEquals(3 * 5, counts.get(EventType.POSITION));
        assertEquals(1, counts.get(EventType.CONDITION));
        assertEquals(2, counts.get(EventType.EPCIS));
    }

    @Test
    void skuPopularityIsSkewed() {
        Map<String, Long> perSku = run(5, 200, 50, 0, 0).stream()
                .filter(e -> e.type() == EventType.SCAN)
                .collect(Collectors.groupingBy(e -> ((Scan) e.data()).sku(), Collectors.counting()));
        long total = perSku.values().stream().mapToLong(Long::longValue).sum();
        long topFifty = perSku.entrySet().stream()
                .filter(e -> Integer.parseInt(e.getKey().substring(4)) <= Warehouses.SKUS / 10)
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertTrue(topFifty > total / 2, "the top 10 % of skus move " + topFifty + " of " + total);
        assertTrue(perSku.getOrDefault("SKU-0001", 0L) > perSku.getOrDefault("SKU-0100", 0L));
    }

    @Test
    void noShipmentTakesMoreThanTheWarehouseHolds() {
        Map<String, Long> onHand = new HashMap<>();
        for (SimulatedEvent event : run(9, 300, 40, 0, 0).stream()
                .filter(e -> e.type() == EventType.SCAN)
                .toList()) {
            Scan scan = (Scan) event.data();
            long change = scan.bizStep().equals("receiving")
                    ? scan.quantity().longValue()
                    : -scan.quantity().longValue();
            long after = onHand.merge(scan.location() + "|" + scan.sku(), change, Long::sum);
            assertTrue(after >= 0, scan + " leaves " + after);
        }
    }

    @Test
    void aReeferWarmsPastItsLimitsWhenItsDoorStaysOpen() {
        // About one door an hour per reefer: in two hours of 20 reefers some must open.
        double warmest = run(11, 7_200, 0, 20, 0).stream()
                .filter(e -> e.type() == EventType.SENSOR_READING)
                .map(e -> (SensorReading) e.data())
                .filter(r -> r.metric().equals("temperature"))
                .mapToDouble(r -> r.value().doubleValue())
                .max()
                .orElseThrow();
        assertTrue(warmest > 8, "warmest " + warmest + " °C");
    }

    @Test
    void trackersMoveAlongConnectedLanesToTheirDestination() {
        List<String> route = Trackers.fewestHops(NETWORK, "DEBER-DC", "PLWAW-DC");
        assertEquals("DEBER-DC", route.get(0));
        assertEquals("PLWAW-DC", route.get(route.size() - 1));
        for (int i = 0; i + 1 < route.size(); i++) {
            String from = route.get(i);
            String to = route.get(i + 1);
            assertTrue(
                    NETWORK.lanes().stream().anyMatch(l -> l.from().equals(from) && l.to().equals(to)),
                    from + "→" + to);
        }
        var stops = route.stream()
                .map(id -> NETWORK.facilities().stream()
                        .filter(f -> f.id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .position())
                .toList();
        assertEquals(stops.get(0), Trackers.along(stops, Duration.ZERO));
        assertEquals(stops.get(stops.size() - 1), Trackers.along(stops, Duration.ofDays(1)));
    }
}
