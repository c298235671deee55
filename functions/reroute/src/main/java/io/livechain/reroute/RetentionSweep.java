package io.livechain.reroute;

import io.livechain.kit.Pruner;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Prunes the inbox of handled event ids (the kit's {@link Pruner}: after each start, then hourly). */
@ApplicationScoped
public class RetentionSweep {

    private final Pruner pruner;

    public RetentionSweep(RerouteConfig config, Pool pool) {
        this.pruner = new Pruner(
                pool,
                List.of(new Pruner.Rule("reroute.inbox", "received_at", config.inboxRetention())),
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
