package io.livechain.reroute;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.livechain.model.Condition;
import io.livechain.model.EventType;
import io.livechain.model.Position;
import io.livechain.model.RerouteRequested;
import io.livechain.model.ShipmentCreated;
import io.livechain.model.http.CloudEventReader;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;
import io.quarkus.vertx.VertxContextSupport;

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
    private final RerouteService service;
    private final PlanPublisher publisher;

    public RerouteFunction(CloudEventReader reader, RerouteService service, PlanPublisher publisher) {
        this.reader = reader;
        this.service = service;
        this.publisher = publisher;
    }

    @Funq("reroute-shipments")
    @CloudEventMapping(trigger = EventType.Types.SHIPMENT_CREATED)
    public void shipmentCreated(CloudEvent<JsonNode> event) throws Throwable {
        ShipmentCreated created = reader.read(event, EventType.SHIPMENT_CREATED, ShipmentCreated.class);
        service.validate(created);
        VertxContextSupport.subscribeAndAwait(() -> service.onShipmentCreated(created, time(event), event.source(),
                event.id()));
        publisher.publish(event.source(), event.id());
    }

    @Funq("reroute-positions")
    @CloudEventMapping(trigger = EventType.Types.POSITION)
    public void position(CloudEvent<JsonNode> event) throws Throwable {
        Position position = reader.read(event, EventType.POSITION, Position.class);
        VertxContextSupport.subscribeAndAwait(() -> service.onPosition(position, time(event), event.source(),
                event.id()));
    }

    @Funq("reroute-conditions")
    @CloudEventMapping(trigger = EventType.Types.CONDITION)
    public void condition(CloudEvent<JsonNode> event) throws Throwable {
        Condition condition = reader.read(event, EventType.CONDITION, Condition.class);
        service.validate(condition);
        VertxContextSupport.subscribeAndAwait(() -> service.onCondition(condition, time(event), event.source(),
                event.id()));
        publisher.publish(event.source(), event.id());
    }

    @Funq("reroute-requests")
    @CloudEventMapping(trigger = EventType.Types.REROUTE_REQUESTED)
    public void rerouteRequested(CloudEvent<JsonNode> event) throws Throwable {
        RerouteRequested request = reader.read(event, EventType.REROUTE_REQUESTED, RerouteRequested.class);
        VertxContextSupport.subscribeAndAwait(() -> service.onRerouteRequested(request, time(event), event.source(),
                event.id()));
        publisher.publish(event.source(), event.id());
    }

    private static Instant time(CloudEvent<?> event) {
        return event.time() == null ? Instant.now() : event.time().toInstant();
    }
}
