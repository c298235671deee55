package io.livechain.reroute.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.InvalidEventException;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * {@code POST /what-if}, body {@code {"shipmentId": "...", "condition": {<condition.v1 data>}}}: 200 with
 * the {@link WhatIfAnswer}, 404 for an unknown shipment, 400 naming each bad field (the kit's
 * {@code EventRejections} answers an {@link InvalidEventException}), 500 when the database fails. A plain
 * Vert.x route beside Funqy, which binds only {@code /} and {@code /<function>}; it runs on a worker
 * thread, as the route search must not hold the event loop.
 */
@ApplicationScoped
public class WhatIfRoute {

    static final String PATH = "/what-if";
    static final int OK = 200;
    static final int NOT_FOUND = 404;
    static final int FAILED = 500;
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(WhatIfRoute.class);

    private final WhatIfRequests requests;
    private final WhatIf whatIf;
    private final ObjectMapper mapper;

    public WhatIfRoute(WhatIfRequests requests, WhatIf whatIf, ObjectMapper mapper) {
        this.requests = requests;
        this.whatIf = whatIf;
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.post(PATH)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .blockingHandler(this::answer, false);
    }

    private void answer(RoutingContext context) {
        WhatIfRequest request;
        try {
            request = requests.read(context.body().asString());
        } catch (InvalidEventException e) {
            context.fail(e);
            return;
        }
        WhatIfAnswer answer;
        try {
            // Hibernate Reactive needs a Vert.x context; this runs on a worker thread.
            answer = VertxContextSupport.subscribeAndAwait(
                    () -> whatIf.ask(request.shipmentId(), request.condition(), Instant.now()));
        } catch (Throwable e) {
            LOG.errorf(
                    e,
                    "what-if failed shipmentId=%s conditionId=%s",
                    request.shipmentId(),
                    request.condition().conditionId());
            reply(context, FAILED, error(FAILED, "what-if for shipment '" + request.shipmentId() + "' failed"));
            return;
        }
        if (answer == null) {
            reply(context, NOT_FOUND, error(NOT_FOUND, "no shipment '" + request.shipmentId() + "'"));
        } else {
            reply(context, OK, answer);
        }
    }

    /** Body of a 404 or 500, as read-api's errors: {@code {"status", "message"}}. */
    record WhatIfError(int status, String message) {}

    private static WhatIfError error(int status, String message) {
        return new WhatIfError(status, message);
    }

    private void reply(RoutingContext context, int status, Object body) {
        try {
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.fail(e); // records of strings, instants and lists always serialise
        }
    }
}
