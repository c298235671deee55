package io.livechain.reroute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.livechain.testsupport.RetentionRows;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Retention of the inbox against the real table: rows older than 7 days go, younger ones stay. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.reroute.sink"))
class RetentionSweepTest {

    @Inject
    Pool pool;

    @Inject
    RetentionSweep sweep;

    @Test
    void rowsOlderThanTheRetentionGoAndYoungerOnesStay() {
        new RetentionRows(
                        pool,
                        "insert into reroute.inbox (event_source, event_id, received_at) values ('/test/retention', $1, now() - cast($2::text as interval))",
                        "reroute.inbox",
                        "event_id")
                .assertSevenDaysKept(sweep::prune);
    }

    @Test
    void aBacklogLargerThanOneBatchGoesWhole() {
        pool.query("insert into reroute.inbox (event_source, event_id, received_at)"
                        + " select '/test/backlog', 'old-' || n, now() - interval '30 days'"
                        + " from generate_series(1, 12001) n")
                .execute()
                .await()
                .indefinitely();

        sweep.prune();

        long left = pool.query("select count(*) from reroute.inbox where event_source = '/test/backlog'")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
        assertEquals(0, left, "three batches of 5,000, not one");
    }
}
