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
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Turns rejected events into HTTP 400 with a JSON body naming each field and its problem, for every
 * function: oversized payloads before they are read, {@link InvalidEventException}s from a function,
 * Funqy's own bare 400 for a body that is not JSON and its other bare 4xx (no function for the type,
 * no CloudEvent, a batch) with what they mean; a {@link DownstreamUnavailableException}
 * into 503, so the broker retries. Other failures go on to Quarkus' handler.
 */
@ApplicationScoped
public class EventRejections {

    /** Largest CloudEvent a function takes, as the Knative Kafka broker's default request limit. */
    public static final int MAX_EVENT_BYTES = 256 * 1024;

    private static final int BAD_REQUEST = InvalidEventException.BAD_REQUEST;
    private static final int NOT_FOUND = 404;
    private static final int NOT_ACCEPTABLE = 406;
    private static final String STRUCTURED = "application/cloudevents+json";
    private static final int MAX_ERRORS = 20;
    private static final int MAX_CHARS = 300;

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
        boolean fromFunction = failure != null && failure.getClass().getName().equals(FUNQY_WRAPPER);
        if (fromFunction && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof InvalidEventException rejected) {
            LOG.infof(
                    "rejected ce-id=%s ce-type=%s problems=\"%s\"",
                    ctx.request().getHeader("ce-id"),
                    ctx.request().getHeader("ce-type"),
                    String.join(
                            "; ",
                            shortened(rejected.errors()).stream()
                                    .map(FieldError::toString)
                                    .toList()));
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
        } else if (failure == null && ctx.statusCode() > BAD_REQUEST && ctx.statusCode() < 500) {
            // Funqy's other bare refusals: no function takes the event, or a mode it does not take.
            reply(ctx, ctx.statusCode(), List.of(refusal(ctx)));
        } else if (failure instanceof JsonProcessingException malformed) {
            // Funqy fails a structured-mode envelope that is not JSON with the parser's exception.
            reply(
                    ctx,
                    BAD_REQUEST,
                    List.of(new FieldError("data", "malformed JSON: " + malformed.getOriginalMessage())));
        } else if (failure instanceof RuntimeException && !fromFunction && isStructured(ctx)) {
            // Funqy fails on a structured envelope without the attributes it routes by (type, specversion)
            // with whatever it runs into; what a function throws arrives wrapped, so this is the envelope's fault.
            reply(
                    ctx,
                    BAD_REQUEST,
                    List.of(new FieldError(
                            "data",
                            "is not a valid structured CloudEvent: specversion, id, source and type are required")));
        } else {
            ctx.next();
        }
    }

    private static boolean isStructured(RoutingContext ctx) {
        return String.valueOf(ctx.request().getHeader("Content-Type")).startsWith(STRUCTURED);
    }

    /** What Funqy's bare 4xx means, for the sender. */
    private static FieldError refusal(RoutingContext ctx) {
        String contentType = String.valueOf(ctx.request().getHeader("Content-Type"));
        if (ctx.statusCode() == NOT_FOUND && ctx.request().getHeader("ce-id") == null && !isStructured(ctx)) {
            return new FieldError(
                    "id",
                    "is required: a CloudEvent in binary mode has ce-id, ce-source, ce-specversion and ce-type headers"
                            + " (or send it structured, as " + STRUCTURED + ")");
        }
        if (ctx.statusCode() == NOT_FOUND) {
            String type = ctx.request().getHeader("ce-type");
            return new FieldError(
                    "type",
                    type == null
                            ? "is required, and must be a type this function takes"
                            : "no function here takes type '" + type + "'");
        }
        if (ctx.statusCode() == NOT_ACCEPTABLE) {
            return new FieldError(
                    "Content-Type", "batches (" + contentType + ") are not taken here; send one event per request");
        }
        return new FieldError("request", "refused with HTTP " + ctx.statusCode());
    }

    /**
     * A rejection's body travels on with its event as a dead letter's knativeerrordata (base64): a problem
     * that quotes a 100 KB value made the letter larger than Kafka takes, and the delivery retried for ever.
     */
    static List<FieldError> shortened(List<FieldError> errors) {
        List<FieldError> shown = new ArrayList<>();
        errors.stream().limit(MAX_ERRORS).forEach(e -> shown.add(new FieldError(cut(e.field()), cut(e.problem()))));
        if (errors.size() > MAX_ERRORS) {
            shown.add(new FieldError("data", "and " + (errors.size() - MAX_ERRORS) + " more problems"));
        }
        return shown;
    }

    private static String cut(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "… (" + text.length() + " chars)";
    }

    private static void reply(RoutingContext ctx, int status, List<FieldError> all) {
        List<FieldError> errors = shortened(all);
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
