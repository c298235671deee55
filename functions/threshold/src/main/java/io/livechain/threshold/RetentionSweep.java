package io.livechain.threshold;

import io.livechain.kit.Pruner;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Prunes the inbox and old readings. Soon after each start (a function that scales to zero may
 * never live an hour), then every {@code livechain.retention.every}.
 */
@ApplicationScoped
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);

    private final Pruner pruner;

    public RetentionSweep(ThresholdConfig config, Pool pool) {
        this.pruner = new Pruner(
                pool,
                List.of(
                        new Pruner.Rule(
                                "threshold.inbox",
                                "received_at",
                                config.retention().inbox()),
                        new Pruner.Rule(
                                "threshold.readings",
                                "event_time",
                                config.retention().readings())),
                Clock.systemUTC());
    }

    @Scheduled(
            every = "${livechain.retention.every:1h}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        prune();
    }

    Map<String, Long> prune() {
        Map<String, Long> deleted = pruner.prune().await().indefinitely();
        LOG.infof("retention: deleted %s", deleted);
        return deleted;
    }
}
