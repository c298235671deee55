package io.livechain.inventory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code inventory.on_hand_as_of_v1} against a brute-force replay ({@link EventTimeReplay}): random movement
 * streams sent through the real function in arrival order (late and out-of-order events, cycle counts,
 * count ties, redeliveries, a measured unit beside the counted one), then the as-of answer compared at
 * every event time, just before and after each, before the first and after the last.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OnHandAsOfTest {

    private static final Instant START = Instant.parse("2026-11-27T06:00:00Z");
    private static final List<String> LOCATIONS = List.of("DC-1", "DC-2");
    private static final List<String> UNITS = List.of("", "KGM");

    @Inject
    Pool pool;

    private record Position(String location, String uom) {}

    @Test
    void asOfEveryInstantMatchesTheReplayOfTheMovementsStampedByThen() {
        String sku = "ASOF-RANDOM";
        Map<Position, List<EventTimeReplay.Sent>> arrivals = sendRandomStreams(sku, new Random(20261127L), 360);
        TreeSet<Instant> instants = new TreeSet<>();
        arrivals.values()
                .forEach(sent -> sent.forEach(movement -> {
                    instants.add(movement.eventTime());
                    instants.add(movement.eventTime().minus(1, ChronoUnit.MICROS));
                    instants.add(movement.eventTime().plus(1, ChronoUnit.MICROS));
                }));
        instants.add(START.minus(1, ChronoUnit.DAYS));
        instants.add(START.plus(30, ChronoUnit.DAYS));

        for (String location : LOCATIONS) {
            for (Instant asOf : instants) {
                Map<String, BigDecimal> answer = onHandAsOf(sku, location, asOf.toString());
                for (String uom : UNITS) {
                    Optional<BigDecimal> expected =
                            EventTimeReplay.onHandAsOf(arrivals.get(new Position(location, uom)), asOf);
                    BigDecimal actual = answer.get(uom);
                    String what = location + " '" + uom + "' as of " + asOf;
                    assertEquals(expected.isPresent(), actual != null, what + ": " + actual);
                    expected.ifPresent(figure -> assertEquals(0, figure.compareTo(actual), what + ": " + actual));
                }
            }
        }
        assertTrue(hasEveryCase(arrivals.values()), "the stream lacks a case the test is about");
    }

    @Test
    void asOfInfinityIsTheCurrentOnHand() {
        String sku = "ASOF-INFINITY";
        Map<Position, List<EventTimeReplay.Sent>> arrivals = sendRandomStreams(sku, new Random(7L), 240);
        for (String location : LOCATIONS) {
            Map<String, BigDecimal> answer = onHandAsOf(sku, location, "infinity");
            for (String uom : UNITS) {
                BigDecimal current = currentOnHand(sku, location, uom);
                assertEquals(0, current.compareTo(answer.get(uom)), location + " '" + uom + "'");
                BigDecimal replayed = EventTimeReplay.onHandAsOf(arrivals.get(new Position(location, uom)), Instant.MAX)
                        .orElseThrow();
                assertEquals(0, replayed.compareTo(current), location + " '" + uom + "'");
            }
        }
    }

    /** Some position has a count tie, an adjustment stamped at a count's time, a late event and a redelivery. */
    private static boolean hasEveryCase(Collection<List<EventTimeReplay.Sent>> streams) {
        boolean tie = false, atCount = false, late = false, redelivered = false;
        for (List<EventTimeReplay.Sent> stream : streams) {
            Set<Instant> countTimes = new HashSet<>();
            Set<String> ids = new HashSet<>();
            Instant latest = Instant.MIN;
            for (EventTimeReplay.Sent sent : stream) {
                tie |= sent.count() && !countTimes.add(sent.eventTime());
                late |= sent.eventTime().isBefore(latest);
                redelivered |= !ids.add(sent.id());
                latest = sent.eventTime().isAfter(latest) ? sent.eventTime() : latest;
            }
            atCount |= stream.stream().anyMatch(sent -> !sent.count() && countTimes.contains(sent.eventTime()));
        }
        return tie && atCount && late && redelivered;
    }

    /** Seq scans off, so the plan shows whether the query can use the position index at all. */
    @Test
    void asOfReadsTheLedgerThroughThePositionIndex() {
        String plan = pool
                .withTransaction(connection -> connection
                        .query("set local enable_seqscan = off")
                        .execute()
                        .chain(() -> connection
                                .query("explain select * from inventory.on_hand_as_of_v1('X', 'DC-1', now())")
                                .execute()))
                .await()
                .indefinitely()
                .stream()
                .map(row -> row.getString(0))
                .reduce("", (a, b) -> a + b + "\n");
        assertTrue(plan.contains("stock_ledger_position_time"), plan);
        assertTrue(!plan.contains("Seq Scan") && !plan.contains("Function Scan"), plan);
    }

    /** A movement as posted: its body, to post again as a redelivery, and what the replay needs. */
    private record Posted(String body, Position position, EventTimeReplay.Sent sent) {}

    /**
     * Random movements over both locations and units: times on a minute grid and counts on a ten-minute
     * grid, so adjustments share a count's stamp and counts tie; one in twelve is a redelivery.
     */
    private static Map<Position, List<EventTimeReplay.Sent>> sendRandomStreams(String sku, Random random, int events) {
        Map<Position, List<EventTimeReplay.Sent>> arrivals = new HashMap<>();
        List<Posted> posted = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            Posted movement = !posted.isEmpty() && random.nextInt(12) == 0
                    ? posted.get(random.nextInt(posted.size()))
                    : randomMovement(sku, sku + "-" + i, random);
            post(movement.sent().id(), movement.body());
            posted.add(movement);
            arrivals.computeIfAbsent(movement.position(), p -> new ArrayList<>())
                    .add(movement.sent());
        }
        return arrivals;
    }

    private static Posted randomMovement(String sku, String id, Random random) {
        Position position = new Position(LOCATIONS.get(random.nextInt(2)), UNITS.get(random.nextInt(2)));
        boolean count = random.nextInt(8) == 0;
        Instant eventTime = START.plus(count ? 10L * random.nextInt(20) : random.nextInt(200), ChronoUnit.MINUTES);
        BigDecimal quantity = quantity(random, count, position.uom().isEmpty());
        String body = Movements.movement(
                sku,
                position.location(),
                count ? "COUNT" : "ADJUSTMENT",
                quantity.toPlainString(),
                count ? "cycle_counting" : quantity.signum() < 0 ? "shipping" : "receiving",
                eventTime.toString(),
                position.uom().isEmpty() ? null : position.uom());
        return new Posted(body, position, new EventTimeReplay.Sent(id, count, quantity, eventTime));
    }

    private static BigDecimal quantity(Random random, boolean count, boolean counted) {
        int whole = count ? random.nextInt(80) : random.nextInt(41) - 20;
        if (!count && whole == 0) {
            whole = 1;
        }
        return counted ? BigDecimal.valueOf(whole) : BigDecimal.valueOf(whole * 1000L + random.nextInt(1000), 3);
    }

    private static void post(String id, String movement) {
        given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.inventory.movement.v1")
                .header("ce-source", "/livechain/scan-ingest")
                .body(movement)
                .post("/")
                .then()
                .statusCode(200);
    }

    /** Called as readers call it: qualified, on a connection whose search path is not inventory's. */
    private Map<String, BigDecimal> onHandAsOf(String sku, String location, String asOf) {
        Map<String, BigDecimal> byUnit = new HashMap<>();
        pool.withTransaction(connection -> connection
                        .query("set local search_path to public")
                        .execute()
                        .chain(() -> connection
                                .preparedQuery(
                                        "select uom, on_hand from inventory.on_hand_as_of_v1($1, $2, $3::text::timestamptz)")
                                .execute(Tuple.of(sku, location, asOf))))
                .await()
                .indefinitely()
                .forEach(row -> byUnit.put(row.getString("uom"), row.getBigDecimal("on_hand")));
        return byUnit;
    }

    private BigDecimal currentOnHand(String sku, String location, String uom) {
        return pool.preparedQuery(
                        "select on_hand from inventory.stock_on_hand_v1 where sku = $1 and location = $2 and uom = $3")
                .execute(Tuple.of(sku, location, uom))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getBigDecimal("on_hand");
    }
}
