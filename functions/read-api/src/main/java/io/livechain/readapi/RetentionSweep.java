package io.livechain.readapi;

import io.livechain.kit.Pruner;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Prunes EPCIS capture jobs (the kit's {@link Pruner}: after each start, then hourly). */
@ApplicationScoped
public class RetentionSweep {

    private final Pruner pruner;

    public RetentionSweep(
            @ConfigProperty(name = "livechain.read-api.retention.capture-jobs", defaultValue = "P7D")
                    Duration captureJobs,
            Pool pool) {
        this.pruner = new Pruner(
                pool, List.of(new Pruner.Rule("read_api.capture_jobs", "created_at", captureJobs)), Clock.systemUTC());
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
