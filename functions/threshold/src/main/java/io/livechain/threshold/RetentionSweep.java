package io.livechain.threshold;

import io.livechain.kit.Pruner;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Prunes the inbox, old readings and old daily demand (the kit's {@link Pruner}: after each start, then hourly). */
@ApplicationScoped
public class RetentionSweep {

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
                                config.retention().readings()),
                        new Pruner.Rule(
                                "threshold.demand_days",
                                "day",
                                config.retention().demandDays())),
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
