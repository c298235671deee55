package io.livechain.threshold;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.livechain.threshold.rules.ColdChainProfile;
import io.livechain.threshold.rules.TripAggregate;
import io.livechain.threshold.store.TripAggregateRows;
import io.livechain.threshold.store.TripKey;
import io.livechain.threshold.store.TripReadings;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stored figures of a trip, kept up reading by reading through the database's indexed lookups
 * (window sliding, late readings between their neighbours, equal timestamps, redeliveries), equal the
 * figures replayed from the trip's stored readings.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.threshold.sink"))
class TripAggregatesTest {

    private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");

    @Inject
    Profiles profiles;

    @Inject
    Pool pool;

    @Test
    void storedFiguresEqualAReplayOfTheStoredTrip() throws Throwable {
        Random random = new Random(42);
        List<Instant> times = new ArrayList<>();
        Instant time = T0;
        for (int i = 0; i < 240; i++) {
            time = time.plusSeconds(random.nextInt(4) * 60L);
            times.add(time);
        }
        for (int i = 0; i < 40; i++) {
            times.add(Math.min(times.size() - 1, i * 6 + 1 + random.nextInt(40)), times.remove(i * 6));
        }
        for (int i = 0; i < times.size(); i++) {
            double celsius = random.nextInt(4) == 0 ? 8 + random.nextDouble() * 5 : 2 + random.nextDouble() * 6;
            post("agg-" + i, String.format(Locale.ROOT, "%.2f", celsius), times.get(i));
            if (i % 50 == 0) {
                post("agg-" + i, String.format(Locale.ROOT, "%.2f", celsius), times.get(i)); // a redelivery
            }
        }

        ColdChainProfile profile = profiles.named("short-window");
        TripKey key = TripKey.of("reefer-agg", "temperature", "shp-agg");
        TripAggregate stored = pool.withConnection(connection -> TripAggregateRows.find(connection, key))
                .await()
                .indefinitely()
                .aggregate();
        TripAggregate replayed = pool.withConnection(connection -> TripReadings.all(connection, key))
                .map(trip -> TripAggregate.replay(profile, trip))
                .await()
                .indefinitely();

        assertEquals(replayed.latest(), stored.latest());
        assertEquals(replayed.outOfRange(), stored.outOfRange());
        assertEquals(replayed.runStart(), stored.runStart());
        assertEquals(0, replayed.mktSum().compareTo(stored.mktSum()), "MKT sums equal exactly");
        assertEquals(replayed.mktCount(), stored.mktCount());
        assertEquals(replayed.windowFirst(), stored.windowFirst());
        assertEquals(
                times.size(),
                pool.preparedQuery("select count(*) from readings where trip = $1")
                        .execute(Tuple.of("shp-agg"))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0)
                        .intValue(),
                "redeliveries stored once");
    }

    private static void post(String id, String celsius, Instant time) {
        given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.sensor.reading.v1")
                .header("ce-source", "/test/sensors")
                .body("""
                        {"deviceId": "dev-agg", "assetId": "reefer-agg", "shipmentId": "shp-agg", "metric": "temperature",
                         "value": %s, "unit": "CEL", "time": "%s", "profile": "short-window"}""".formatted(celsius, time))
                .post("/")
                .then()
                .statusCode(204);
    }
}
