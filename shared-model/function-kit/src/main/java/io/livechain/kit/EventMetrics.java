package io.livechain.kit;

import io.livechain.model.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-event metrics of every function, by CloudEvent type: {@code livechain_events_total} with
 * {@code outcome} handled (2xx), rejected (4xx: the broker dead-letters it) or failed (5xx or no
 * answer: the broker retries it), and {@code livechain_event_handling_seconds}, a histogram from the
 * request's arrival to its answer. Recorded at the HTTP edge, so every function counts the same way.
 */
@ApplicationScoped
public class EventMetrics {

    /** A structured-mode event's type is inside its body, which this edge does not parse. */
    static final String STRUCTURED = "structured";

    static final String OTHER = "other";

    private final MeterRegistry registry;
    private final String function;
    /** Meters by type (and outcome): looked up once, not built and registered again per event. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public EventMetrics(MeterRegistry registry, @ConfigProperty(name = "quarkus.application.name") String function) {
        this.registry = registry;
        this.function = function;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::measure);
    }

    private void measure(RoutingContext ctx) {
        String type = typeOf(ctx);
        if (type == null) {
            ctx.next();
            return;
        }
        long start = System.nanoTime();
        ctx.addEndHandler(done -> {
            String outcome = outcome(done.succeeded(), ctx.response().getStatusCode());
            counters.computeIfAbsent(type + " " + outcome, key -> counter(type, outcome))
                    .increment();
            timers.computeIfAbsent(type, this::timer).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        });
        ctx.next();
    }

    private Counter counter(String type, String outcome) {
        return Counter.builder("livechain.events")
                .description("CloudEvents a function took, by type and outcome")
                .tags("function", function, "type", type, "outcome", outcome)
                .register(registry);
    }

    private Timer timer(String type) {
        return Timer.builder("livechain.event.handling")
                .description("From a CloudEvent's arrival to the function's answer")
                .tags("function", function, "type", type)
                .publishPercentileHistogram()
                .register(registry);
    }

    /** The event's type, or null for a request that is no CloudEvent (health, metrics, the read API). */
    static String typeOf(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.POST) {
            return null;
        }
        String type = ctx.request().getHeader("ce-type");
        if (type != null) {
            // A catalogue type keeps its name; any other is "other", so no sender can make series without end.
            return EventType.of(type).isPresent() ? type : OTHER;
        }
        String contentType = ctx.request().getHeader("Content-Type");
        return contentType != null && contentType.startsWith("application/cloudevents") ? STRUCTURED : null;
    }

    static String outcome(boolean answered, int status) {
        if (!answered || status >= 500) {
            return "failed";
        }
        return status >= 400 ? "rejected" : "handled";
    }
}
