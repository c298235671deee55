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
import org.jboss.logging.Logger;

/**
 * Prunes EPCIS capture jobs. Soon after each start (a function that scales to zero may never live an hour),
 * then every {@code livechain.retention.every}.
 */
@ApplicationScoped
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);

    private final Pruner pruner;

    public RetentionSweep(
            @ConfigProperty(name = "livechain.read-api.retention.capture-jobs", defaultValue = "P7D")
                    Duration captureJobs,
            Pool pool) {
        this.pruner = new Pruner(
                pool, List.of(new Pruner.Rule("read_api.capture_jobs", "created_at", captureJobs)), Clock.systemUTC());
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
