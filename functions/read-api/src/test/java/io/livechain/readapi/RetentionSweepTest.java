package io.livechain.readapi;

import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.livechain.testsupport.RetentionRows;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
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

    @Test
    void rowsOlderThanTheRetentionGoAndYoungerOnesStay() {
        new RetentionRows(
                        pool,
                        "insert into read_api.capture_jobs (capture_id, created_at, success, event_count) values ($1, now() - cast($2::text as interval), true, 1)",
                        "read_api.capture_jobs",
                        "capture_id")
                .assertSevenDaysKept(sweep::prune);
    }
}
