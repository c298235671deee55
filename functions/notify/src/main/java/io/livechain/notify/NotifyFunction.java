package io.livechain.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.kit.CloudEventReader;
import io.livechain.model.AlertRaised;
import io.livechain.model.AlertResolved;
import io.livechain.model.EventType;
import io.livechain.model.MaintenanceRequested;
import io.livechain.model.RerouteRequested;
import io.livechain.model.ShipmentRerouted;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;

/**
 * Alerts, maintenance and reroute events in, nothing out: each is told to the on-call team's
 * channels and answered 204, 400 for a bad event or 503 while a channel is unavailable.
 */
public class NotifyFunction {

    private final CloudEventReader reader;
    private final Notifier notifier;

    public NotifyFunction(CloudEventReader reader, Notifier notifier) {
        this.reader = reader;
        this.notifier = notifier;
    }

    @Funq
    @CloudEventMapping(trigger = EventType.Types.ALERT_RAISED)
    public void alertRaised(CloudEvent<JsonNode> event) {
        AlertRaised alert = reader.read(event, EventType.ALERT_RAISED, AlertRaised.class);
        notifier.announce(Notices.alertRaised(alert, received(event)));
    }

    @Funq
    @CloudEventMapping(trigger = EventType.Types.ALERT_RESOLVED)
    public void alertResolved(CloudEvent<JsonNode> event) {
        AlertResolved resolved = reader.read(event, EventType.ALERT_RESOLVED, AlertResolved.class);
        notifier.announce(Notices.alertResolved(resolved, received(event)));
    }

    @Funq
    @CloudEventMapping(trigger = EventType.Types.MAINTENANCE_REQUESTED)
    public void maintenanceRequested(CloudEvent<JsonNode> event) {
        MaintenanceRequested request = reader.read(event, EventType.MAINTENANCE_REQUESTED, MaintenanceRequested.class);
        notifier.announce(Notices.maintenanceRequested(request, received(event)));
    }

    @Funq
    @CloudEventMapping(trigger = EventType.Types.REROUTE_REQUESTED)
    public void rerouteRequested(CloudEvent<JsonNode> event) {
        RerouteRequested request = reader.read(event, EventType.REROUTE_REQUESTED, RerouteRequested.class);
        notifier.announce(Notices.rerouteRequested(request, received(event)));
    }

    @Funq
    @CloudEventMapping(trigger = EventType.Types.SHIPMENT_REROUTED)
    public void shipmentRerouted(CloudEvent<JsonNode> event) {
        ShipmentRerouted rerouted = reader.read(event, EventType.SHIPMENT_REROUTED, ShipmentRerouted.class);
        notifier.announce(Notices.shipmentRerouted(rerouted, received(event)));
    }

    /** The event as it came, after {@code reader} has validated its data. */
    private static ReceivedEvent received(CloudEvent<JsonNode> event) {
        return new ReceivedEvent(
                event.id(),
                event.source(),
                event.type(),
                event.time(),
                event.subject(),
                event.dataSchema(),
                event.extensions(),
                event.data());
    }
}
