package io.livechain.threshold.ack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * {@code POST /alerts/{id}/ack}, body {@code {"by": "alice"}} optional (missing, empty or blank: by
 * "unknown"): 200 with the {@link Ack} as first recorded, 404 for an unknown alert, 400 naming the
 * field for a body that is not such a JSON object, 500 when the database fails. A plain Vert.x route
 * beside Funqy, which binds only {@code /} and {@code /<function>}.
 */
@ApplicationScoped
public class AckRoute {

    static final String PATH = "/alerts/:id/ack";
    static final int OK = 200;
    static final int BAD_REQUEST = 400;
    static final int NOT_FOUND = 404;
    static final int FAILED = 500;
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(AckRoute.class);

    private final AlertAcks acks;
    private final ObjectMapper mapper;

    public AckRoute(AlertAcks acks, ObjectMapper mapper) {
        this.acks = acks;
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.post(PATH)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .handler(this::ack);
    }

    private void ack(RoutingContext context) {
        String alertId = context.pathParam("id");
        AckRequest request;
        try {
            request = request(context.body().asString());
        } catch (BadAckBody e) {
            reply(context, BAD_REQUEST, AckError.badField(BAD_REQUEST, e.field, e.problem));
            return;
        }
        acks.ack(alertId, AckRequest.who(request))
                .subscribe()
                .with(
                        ack -> {
                            if (ack == null) {
                                reply(context, NOT_FOUND, AckError.of(NOT_FOUND, "no alert '" + alertId + "'"));
                            } else {
                                reply(context, OK, ack);
                            }
                        },
                        failure -> {
                            LOG.errorf(failure, "ack failed alertId=%s", alertId);
                            reply(context, FAILED, AckError.of(FAILED, "ack of alert '" + alertId + "' failed"));
                        });
    }

    private AckRequest request(String body) throws BadAckBody {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(body, AckRequest.class);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null
                    ? "body"
                    : e.getPath().get(0).getFieldName();
            throw new BadAckBody(field, "body".equals(field) ? "must be a JSON object" : "must be a string");
        } catch (JsonProcessingException e) {
            throw new BadAckBody("body", "must be a JSON object");
        }
    }

    private void reply(RoutingContext context, int status, Object body) {
        try {
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.fail(e); // records of strings and instants always serialise
        }
    }

    /** The body is there but is no {@code {"by": "..."}}. */
    private static final class BadAckBody extends Exception {
        private final String field;
        private final String problem;

        BadAckBody(String field, String problem) {
            super(field + ": " + problem, null, false, false);
            this.field = field;
            this.problem = problem;
        }
    }
}
