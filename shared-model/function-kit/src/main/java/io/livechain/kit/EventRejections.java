package io.livechain.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.livechain.model.DownstreamUnavailableException;
import io.livechain.model.FieldError;
import io.livechain.model.InvalidEventException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Turns rejected events into HTTP 400 with a JSON body naming each field and its problem, for every
 * function: oversized payloads before they are read, {@link InvalidEventException}s from a function,
 * and Funqy's own bare 400 for a body that is not JSON; a {@link DownstreamUnavailableException}
 * into 503, so the broker retries. Other failures go on to Quarkus' handler.
 */
@ApplicationScoped
public class EventRejections {

    /** Largest CloudEvent a function takes, as the Knative Kafka broker's default request limit. */
    public static final int MAX_EVENT_BYTES = 256 * 1024;

    private static final int BAD_REQUEST = InvalidEventException.BAD_REQUEST;

    private static final String FUNQY_WRAPPER = "io.quarkus.funqy.runtime.ApplicationException";
    private static final Logger LOG = Logger.getLogger(EventRejections.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(EventRejections::rejectOversized);
        router.route().failureHandler(EventRejections::answerRejection);
    }

    private static void rejectOversized(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && Long.parseLong(length) > MAX_EVENT_BYTES) {
            reply(
                    ctx,
                    BAD_REQUEST,
                    List.of(new FieldError(
                            "data",
                            "payload of " + length + " bytes is over the limit of " + MAX_EVENT_BYTES
                                    + " bytes (256 KiB)")));
            return;
        }
        ctx.next();
    }

    private static void answerRejection(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        // Funqy wraps what a function throws in its ApplicationException.
        if (failure != null && failure.getClass().getName().equals(FUNQY_WRAPPER) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof InvalidEventException rejected) {
            LOG.infof(
                    "rejected ce-id=%s ce-type=%s problems=\"%s\"",
                    ctx.request().getHeader("ce-id"), ctx.request().getHeader("ce-type"), rejected.getMessage());
            reply(ctx, rejected.status(), rejected.errors());
        } else if (failure instanceof DownstreamUnavailableException unavailable) {
            LOG.warnf(
                    "unavailable ce-id=%s ce-type=%s problem=\"%s\"",
                    ctx.request().getHeader("ce-id"), ctx.request().getHeader("ce-type"), unavailable.getMessage());
            ctx.response()
                    .setStatusCode(DownstreamUnavailableException.SERVICE_UNAVAILABLE)
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("status", DownstreamUnavailableException.SERVICE_UNAVAILABLE)
                            .put("message", unavailable.getMessage())
                            .encode());
        } else if (failure == null && ctx.statusCode() == BAD_REQUEST) {
            reply(ctx, BAD_REQUEST, List.of(new FieldError("data", "is not a valid JSON CloudEvent")));
        } else if (failure instanceof JsonProcessingException malformed) {
            // Funqy fails a structured-mode envelope that is not JSON with the parser's exception.
            reply(
                    ctx,
                    BAD_REQUEST,
                    List.of(new FieldError("data", "malformed JSON: " + malformed.getOriginalMessage())));
        } else {
            ctx.next();
        }
    }

    private static void reply(RoutingContext ctx, int status, List<FieldError> errors) {
        // Built by hand rather than by reflection, so native images need no registration.
        JsonArray fields = new JsonArray();
        errors.forEach(e -> fields.add(new JsonObject().put("field", e.field()).put("problem", e.problem())));
        String message =
                String.join("; ", errors.stream().map(FieldError::toString).toList());
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("status", status)
                        .put("message", message)
                        .put("errors", fields)
                        .encode());
    }
}
