package io.livechain.reroute;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.kit.BrokerSink;
import io.livechain.kit.OutboxPublisher;
import io.livechain.model.Functions;
import io.livechain.reroute.state.PlanOutbox;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Announces recorded plans and reroutes: the plans table is their outbox ({@link PlanOutbox}), the
 * kit's {@link OutboxPublisher} posts each handled input's plans and, periodically, those left behind.
 */
@ApplicationScoped
public class PlanPublisher {

    private static final Logger LOG = Logger.getLogger(PlanPublisher.class);

    private final OutboxPublisher outbox;

    public PlanPublisher(RerouteConfig config, ObjectMapper mapper) {
        this.outbox = new OutboxPublisher(
                Functions.REROUTE,
                new BrokerSink(config.sink(), config.sinkTimeout(), mapper),
                mapper,
                new PlanOutbox());
    }

    /** Posts what handling (causeSource, causeId) decided; fails with 503 semantics if the broker took not all. */
    public void publish(String causeSource, String causeId) throws Throwable {
        // Hibernate Reactive needs a Vert.x context; the function runs on a worker thread.
        VertxContextSupport.subscribeAndAwait(() -> outbox.postDecidedBy(causeSource, causeId));
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            VertxContextSupport.subscribeAndAwait(outbox::sweep);
        } catch (Throwable e) {
            // The kit's sweep logs a broker or database failure itself; this is a failed wait.
            LOG.warnf("plans not published: %s", e.getMessage());
        }
    }
}
