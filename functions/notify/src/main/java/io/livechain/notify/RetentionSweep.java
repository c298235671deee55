package io.livechain.notify;

import io.livechain.kit.Pruner;
import io.livechain.notify.config.NotifyConfig;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Prunes the delivery log (the kit's {@link Pruner}: after each start, then hourly). */
@ApplicationScoped
public class RetentionSweep {

    private final Pruner pruner;

    public RetentionSweep(NotifyConfig config, Pool pool) {
        this.pruner = new Pruner(
                pool,
                List.of(new Pruner.Rule("notify.deliveries", "delivered_at", config.deliveriesRetention())),
                Clock.systemUTC());
    }

    @Scheduled(
            every = Pruner.EVERY,
            delayed = Pruner.FIRST_AFTER,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        pruner.pruneAndLog();
    }

    Map<String, Long> prune() {
        return pruner.pruneAndLog();
    }
}
