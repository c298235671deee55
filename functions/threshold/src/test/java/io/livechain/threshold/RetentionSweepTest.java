package io.livechain.threshold;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Retention against threshold's real tables: what is older goes, what idempotency needs stays. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.threshold.sink"))
class RetentionSweepTest {

    @Inject
    Pool pool;

    @Inject
    RetentionSweep sweep;

    private static void reading(String id, String asset, Instant time) {
        BrokerSinkResource.sink().answer(202);
        given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", "io.livechain.sensor.reading.v1")
                .header("ce-source", "/test/retention")
                .body("""
                        {"deviceId": "dev-r", "assetId": "%s", "metric": "temperature", "value": 5, "unit": "CEL",
                         "time": "%s", "profile": "refrigerated"}""".formatted(asset, time))
                .post("/")
                .then()
                .statusCode(204);
    }

    private long count(String sql, Object... params) {
        return pool.preparedQuery(sql)
                .execute(Tuple.from(params))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    private long inbox(String id) {
        return count(
                "select count(*) from threshold.inbox where event_source = '/test/retention' and event_id = $1", id);
    }

    private long readings(String asset) {
        return count("select count(*) from threshold.readings where asset_id = $1", asset);
    }

    @Test
    void oldInboxEntriesAndReadingsGoWhileRecentOnesStayAndStillRecogniseARedelivery() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reading("ret-recent", "RET-RECENT", now.minus(Duration.ofDays(1)));
        reading("ret-aged", "RET-OLD", now.minus(Duration.ofDays(40)));
        // As if handled 8 days ago: beyond the inbox's 7 days.
        pool.preparedQuery("update threshold.inbox set received_at = now() - interval '8 days'"
                        + " where event_source = '/test/retention' and event_id = 'ret-aged'")
                .execute()
                .await()
                .indefinitely();

        assertEquals(1, inbox("ret-aged"));
        assertEquals(1, readings("RET-OLD"));

        pool.query("insert into threshold.demand_days (sku, location, day, outbound) values"
                        + " ('RET-SKU', 'RET-LOC', current_date - 91, 5), ('RET-SKU', 'RET-LOC', current_date - 30, 5)")
                .execute()
                .await()
                .indefinitely();

        sweep.prune();

        assertEquals(
                1,
                count("select count(*) from threshold.demand_days where sku = 'RET-SKU'"),
                "a day 91 days back is beyond the 90 kept; 30 days back stays");

        assertEquals(0, inbox("ret-aged"));
        assertEquals(0, readings("RET-OLD"), "a reading 40 days old is beyond the 30 days kept");
        assertEquals(1, inbox("ret-recent"));
        assertEquals(1, readings("RET-RECENT"));

        reading("ret-recent", "RET-RECENT", now.minus(Duration.ofDays(1)));
        assertEquals(1, readings("RET-RECENT"), "the redelivery within the retention is recognised");
    }
}
