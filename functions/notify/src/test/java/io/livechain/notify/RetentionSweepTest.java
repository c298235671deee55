package io.livechain.notify;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.livechain.testsupport.RetentionRows;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
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

    @Test
    void rowsOlderThanTheRetentionGoAndYoungerOnesStay() {
        new RetentionRows(
                        pool,
                        "insert into notify.deliveries (event_source, event_id, channel, delivered_at, status_code) values ('/test/retention', $1, 'oncall', now() - cast($2::text as interval), 202)",
                        "notify.deliveries",
                        "event_id")
                .assertSevenDaysKept(sweep::prune);
    }
}
