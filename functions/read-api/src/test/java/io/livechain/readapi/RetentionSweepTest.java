package io.livechain.readapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Retention of EPCIS capture jobs against the real table: rows older than 7 days go, younger ones stay. */
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class RetentionSweepTest {

    @Inject
    Pool pool;

    @Inject
    RetentionSweep sweep;

    private void row(String id, String age) {
        pool.preparedQuery(
                        "insert into read_api.capture_jobs (capture_id, created_at, success, event_count) values ($1, now() - cast($2::text as interval), true, 1)")
                .execute(Tuple.of(id, age))
                .await()
                .indefinitely();
    }

    private long rows(String id) {
        return pool.preparedQuery("select count(*) from read_api.capture_jobs where capture_id = $1")
                .execute(Tuple.of(id))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    @Test
    void rowsOlderThanTheRetentionGoAndYoungerOnesStay() {
        row("retention-old", "7 days 1 minute");
        row("retention-young", "6 days 23 hours");

        sweep.prune();

        assertEquals(0, rows("retention-old"));
        assertEquals(1, rows("retention-young"));
    }
}
