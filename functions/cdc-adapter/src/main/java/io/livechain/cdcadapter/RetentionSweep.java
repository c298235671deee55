package io.livechain.cdcadapter;

import io.livechain.cdcadapter.config.CdcConfig;
import io.livechain.kit.Pruner;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Prunes the handled changes (the kit's {@link Pruner}: after each start, then hourly). The row images
 * stay: they are the legacy book stock. A change redelivered after its retention finds a newer or equal
 * image and changes nothing.
 */
@ApplicationScoped
public class RetentionSweep {

    private final Pruner pruner;

    public RetentionSweep(CdcConfig config, Pool pool) {
        this.pruner = new Pruner(
                pool,
                List.of(new Pruner.Rule(
                        "cdc.applied_changes", "applied_at", config.retention().appliedChanges())),
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
