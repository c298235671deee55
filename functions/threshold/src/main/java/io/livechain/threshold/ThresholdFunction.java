package io.livechain.threshold;

import com.fasterxml.jackson.databind.JsonNode;

import io.livechain.model.EventType;
import io.livechain.model.InventoryLevel;
import io.livechain.model.SensorReading;
import io.livechain.model.http.CloudEventReader;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Readings and levels in; alerts, maintenance and reroute requests out. One input may decide
 * several events (a rule resolving while another is raised), more than a Knative reply can carry,
 * so they go through a transactional outbox to the broker ({@code K_SINK}) and the reply is empty.
 * When the broker cannot take them the function answers 503: the broker redelivers the input,
 * which is recognised as a duplicate and only posts the events it decided, still pending.
 */
public class ThresholdFunction {

    private final CloudEventReader reader;
    private final ThresholdService service;
    private final OutboxPublisher publisher;

    public ThresholdFunction(CloudEventReader reader, ThresholdService service, OutboxPublisher publisher) {
        this.reader = reader;
        this.service = service;
        this.publisher = publisher;
    }

    @Funq("threshold-readings")
    @CloudEventMapping(trigger = EventType.Types.SENSOR_READING)
    public void reading(CloudEvent<JsonNode> event) throws Throwable {
        SensorReading reading = reader.read(event, EventType.SENSOR_READING, SensorReading.class);
        service.validate(reading);
        VertxContextSupport.subscribeAndAwait(() -> service.onReading(reading, event.source(), event.id()));
        publisher.flush(event.source(), event.id());
    }

    @Funq("threshold-levels")
    @CloudEventMapping(trigger = EventType.Types.INVENTORY_LEVEL)
    public void level(CloudEvent<JsonNode> event) throws Throwable {
        InventoryLevel level = reader.read(event, EventType.INVENTORY_LEVEL, InventoryLevel.class);
        if (!service.watches(level)) {
            return; // most levels have no reorder point: no state, no events, no database round trip
        }
        VertxContextSupport.subscribeAndAwait(() -> service.onLevel(level, event.source(), event.id()));
        publisher.flush(event.source(), event.id());
    }
}
