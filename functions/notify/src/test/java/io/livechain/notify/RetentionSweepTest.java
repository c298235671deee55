package io.livechain.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Retention of the delivery log against the real table: rows older than 7 days go, younger ones stay. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ChannelServers.class)
class RetentionSweepTest {

    @Inject
    Pool pool;

    @Inject
    RetentionSweep sweep;

    private void row(String id, String age) {
        pool.preparedQuery(
                        "insert into notify.deliveries (event_source, event_id, channel, delivered_at, status_code) values ('/test/retention', $1, 'oncall', now() - cast($2::text as interval), 202)")
                .execute(Tuple.of(id, age))
                .await()
                .indefinitely();
    }

    private long rows(String id) {
        return pool.preparedQuery("select count(*) from notify.deliveries where event_id = $1")
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
