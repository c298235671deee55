package io.livechain.reroute;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.kit.CloudEventReader;
import io.livechain.kit.TraceParent;
import io.livechain.model.Condition;
import io.livechain.model.EventType;
import io.livechain.model.Position;
import io.livechain.model.RerouteRequested;
import io.livechain.model.ShipmentCreated;
import io.livechain.reroute.handlers.ConditionHandler;
import io.livechain.reroute.handlers.PositionHandler;
import io.livechain.reroute.handlers.RerouteRequestHandler;
import io.livechain.reroute.handlers.ShipmentCreatedHandler;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Instant;

/**
 * Shipments, positions, conditions and reroute requests in; route.planned and shipment.rerouted
 * out. A condition may reroute many shipments, more than a Knative reply can carry, so every plan
 * is recorded in the shipment's history and posted from there to the broker ({@code K_SINK});
 * the reply is empty. When the broker cannot take them the function answers 503 and the
 * redelivered input (a duplicate) posts what it decided, still pending. Event time is the
 * CloudEvent's {@code time} (now when absent): replans are judged as of when things happened.
 */
public class RerouteFunction {

    private final CloudEventReader reader;
    private final PlanPublisher publisher;
    private final ShipmentCreatedHandler shipmentCreated;
    private final PositionHandler position;
    private final ConditionHandler condition;
    private final RerouteRequestHandler rerouteRequested;

    public RerouteFunction(
            CloudEventReader reader,
            PlanPublisher publisher,
            ShipmentCreatedHandler shipmentCreated,
            PositionHandler position,
            ConditionHandler condition,
            RerouteRequestHandler rerouteRequested) {
        this.reader = reader;
        this.publisher = publisher;
        this.shipmentCreated = shipmentCreated;
        this.position = position;
        this.condition = condition;
        this.rerouteRequested = rerouteRequested;
    }

    @Funq("reroute-shipments")
    @CloudEventMapping(trigger = EventType.Types.SHIPMENT_CREATED)
    public void shipmentCreated(CloudEvent<JsonNode> event) throws Throwable {
        ShipmentCreated created = reader.read(event, EventType.SHIPMENT_CREATED, ShipmentCreated.class);
        shipmentCreated.validate(created);
        Cause cause = cause(event);
        VertxContextSupport.subscribeAndAwait(() -> shipmentCreated.handle(created, cause));
        publisher.publish(cause.source(), cause.id());
    }

    @Funq("reroute-positions")
    @CloudEventMapping(trigger = EventType.Types.POSITION)
    public void position(CloudEvent<JsonNode> event) throws Throwable {
        Position fix = reader.read(event, EventType.POSITION, Position.class);
        Cause cause = cause(event);
        VertxContextSupport.subscribeAndAwait(() -> position.handle(fix, cause));
    }

    @Funq("reroute-conditions")
    @CloudEventMapping(trigger = EventType.Types.CONDITION)
    public void condition(CloudEvent<JsonNode> event) throws Throwable {
        Condition reported = reader.read(event, EventType.CONDITION, Condition.class);
        condition.validate(reported);
        Cause cause = cause(event);
        VertxContextSupport.subscribeAndAwait(() -> condition.handle(reported, cause));
        publisher.publish(cause.source(), cause.id());
    }

    @Funq("reroute-requests")
    @CloudEventMapping(trigger = EventType.Types.REROUTE_REQUESTED)
    public void rerouteRequested(CloudEvent<JsonNode> event) throws Throwable {
        RerouteRequested request = reader.read(event, EventType.REROUTE_REQUESTED, RerouteRequested.class);
        Cause cause = cause(event);
        VertxContextSupport.subscribeAndAwait(() -> rerouteRequested.handle(request, cause));
        publisher.publish(cause.source(), cause.id());
    }

    private static Cause cause(CloudEvent<?> event) {
        Instant time = event.time() == null ? Instant.now() : event.time().toInstant();
        return new Cause(event.source(), event.id(), time, TraceParent.of(event));
    }
}
