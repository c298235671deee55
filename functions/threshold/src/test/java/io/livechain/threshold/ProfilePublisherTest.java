package io.livechain.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.testsupport.BrokerSinkResource;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configured profiles are readable through threshold.profiles_v1 once threshold has started. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.threshold.sink"))
class ProfilePublisherTest {

    @Inject
    Pool pool;

    @Inject
    ThresholdConfig config;

    @Test
    void theShippedProfilesAreInTheReadView() {
        Map<String, Row> byId = new HashMap<>();
        pool.query("select * from threshold.profiles_v1")
                .executeAndAwait()
                .forEach(row -> byId.put(row.getString("profile_id"), row));

        assertEquals(config.profiles().keySet(), byId.keySet(), "every configured profile, no other");
        assertTrue(byId.keySet().containsAll(java.util.Set.of("refrigerated", "frozen", "controlled-room")));
        Row refrigerated = byId.get("refrigerated");
        assertEquals(2.0, refrigerated.getDouble("min_c"));
        assertEquals(8.0, refrigerated.getDouble("max_c"));
        assertEquals(0.0, refrigerated.getDouble("hard_low_c"));
        assertEquals(15.0, refrigerated.getDouble("hard_high_c"));
        assertNull(byId.get("frozen").getDouble("hard_low_c"), "frozen has no hard low limit");
    }
}
