package io.livechain.reroute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
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

    private void row(String id, String age) {
        pool.preparedQuery(
                        "insert into reroute.inbox (event_source, event_id, received_at) values ('/test/retention', $1, now() - cast($2::text as interval))")
                .execute(Tuple.of(id, age))
                .await()
                .indefinitely();
    }

    private long rows(String id) {
        return pool.preparedQuery("select count(*) from reroute.inbox where event_id = $1")
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
