package io.livechain.threshold;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.kit.CloudEventReader;
import io.livechain.kit.TraceParent;
import io.livechain.model.EventType;
import io.livechain.model.InventoryLevel;
import io.livechain.model.MaintenanceRequested;
import io.livechain.model.SensorReading;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;
import io.smallrye.mutiny.Uni;

/**
 * Readings, levels and others' maintenance requests in; alerts, maintenance and reroute requests out. One input may decide
 * several events (a rule resolving while another is raised), more than a Knative reply can carry,
 * so they go through a transactional outbox to the broker ({@code K_SINK}) and the reply is empty.
 * When the broker cannot take them the function answers 503: the broker redelivers the input,
 * which is recognised as a duplicate and only posts the events it decided, still pending.
 * Asynchronous: the worker thread returns at once, the answer goes when the transaction (and any
 * post) is done.
 */
public class ThresholdFunction {

    private final CloudEventReader reader;
    private final ThresholdService service;
    private final Outbox outbox;

    public ThresholdFunction(CloudEventReader reader, ThresholdService service, Outbox outbox) {
        this.reader = reader;
        this.service = service;
        this.outbox = outbox;
    }

    @Funq("threshold-readings")
    @CloudEventMapping(trigger = EventType.Types.SENSOR_READING)
    public Uni<Void> reading(CloudEvent<JsonNode> event) {
        SensorReading reading = reader.read(event, EventType.SENSOR_READING, SensorReading.class);
        service.validate(reading);
        return service.onReading(reading, event.source(), event.id(), TraceParent.of(event))
                .chain(outbox::publish);
    }

    /**
     * A maintenance request from an agent or a person opens an alert; threshold's own (its Trigger filters
     * them out) are answered at once, nothing read or stored.
     */
    @Funq("threshold-maintenance-requests")
    @CloudEventMapping(trigger = EventType.Types.MAINTENANCE_REQUESTED)
    public Uni<Void> maintenanceRequested(CloudEvent<JsonNode> event) {
        if (MaintenanceRequests.isOwn(event.source())) {
            return Uni.createFrom().voidItem();
        }
        MaintenanceRequested request = reader.read(event, EventType.MAINTENANCE_REQUESTED, MaintenanceRequested.class);
        return service.onMaintenanceRequested(request, event.source(), event.id(), TraceParent.of(event))
                .chain(outbox::publish);
    }

    @Funq("threshold-levels")
    @CloudEventMapping(trigger = EventType.Types.INVENTORY_LEVEL)
    public Uni<Void> level(CloudEvent<JsonNode> event) {
        InventoryLevel level = reader.read(event, EventType.INVENTORY_LEVEL, InventoryLevel.class);
        if (!service.watches(level)) {
            return Uni.createFrom()
                    .voidItem(); // no reorder point possible (none configured, no lead time): no database round trip
        }
        return service.onLevel(level, event.source(), event.id(), TraceParent.of(event))
                .chain(outbox::publish);
    }
}
