package io.livechain.notify;

import io.livechain.kit.Pruner;
import io.livechain.notify.config.NotifyConfig;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Prunes the delivery log. Soon after each start (a function that scales to zero may never live an hour),
 * then every {@code livechain.retention.every}.
 */
@ApplicationScoped
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);

    private final Pruner pruner;

    public RetentionSweep(NotifyConfig config, Pool pool) {
        this.pruner = new Pruner(
                pool,
                List.of(new Pruner.Rule("notify.deliveries", "delivered_at", config.deliveriesRetention())),
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
