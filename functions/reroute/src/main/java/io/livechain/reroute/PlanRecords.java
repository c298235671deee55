package io.livechain.reroute;

import io.livechain.kit.ReplyIds;
import io.livechain.model.Condition;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.Itinerary;
import io.livechain.model.RoutePlanned;
import io.livechain.model.ShipmentRerouted;
import io.livechain.reroute.state.PlanRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A plan or reroute as a history row with the event that announces it. The event id derives from
 * the input event and the shipment, so a retry decides the same id. The caller numbers the row.
 */
final class PlanRecords {

    private final JsonText json;

    PlanRecords(JsonText json) {
        this.json = json;
    }

    PlanRecord planned(RoutePlanned event, String reason, Cause cause) {
        PlanRecord plan = row(event.shipmentId(), event.route(), reason, cause);
        plan.kind = PlanRecord.PLANNED;
        plan.trigger = "shipment-created";
        plan.conditionIds = json.write(event.conditionIds());
        return announcing(plan, EventType.ROUTE_PLANNED, event);
    }

    /**
     * The ETA change is against the old route under the same conditions, or the old plan's ETA
     * when it can no longer be driven.
     */
    PlanRecord rerouted(Reroute reroute, Cause cause) {
        Itinerary old = reroute.oldRoute();
        Itinerary route = reroute.decision().route();
        Instant from = reroute.decision().oldEta() != null ? reroute.decision().oldEta() : old.eta();
        long change = Duration.between(from, route.eta()).toMinutes();
        List<String> conditionIds =
                reroute.conditions().stream().map(Condition::conditionId).toList();
        ShipmentRerouted event = new ShipmentRerouted(
                reroute.shipmentId(),
                old.facilityIds(),
                route.facilityIds(),
                old.laneIds(),
                route.laneIds(),
                from,
                route.eta(),
                change,
                reroute.trigger(),
                reroute.reason(),
                reroute.newDestination(),
                conditionIds,
                reroute.conditions());
        PlanRecord plan = row(reroute.shipmentId(), route, reroute.reason(), cause);
        plan.kind = PlanRecord.REROUTED;
        plan.trigger = reroute.trigger();
        plan.etaChangeMinutes = change;
        plan.conditionIds = json.write(conditionIds);
        return announcing(plan, EventType.SHIPMENT_REROUTED, event);
    }

    private PlanRecord row(String shipmentId, Itinerary route, String reason, Cause cause) {
        PlanRecord plan = new PlanRecord();
        plan.shipmentId = shipmentId;
        plan.decidedAt = cause.time();
        plan.reason = reason;
        plan.route = json.write(route);
        plan.eta = route.eta();
        plan.eventId = ReplyIds.replyTo(Functions.REROUTE + "/" + shipmentId, cause.source(), cause.id());
        plan.causeSource = cause.source();
        plan.causeId = cause.id();
        plan.traceparent = cause.traceparent();
        return plan;
    }

    private PlanRecord announcing(PlanRecord plan, EventType type, Record event) {
        plan.eventType = type.type();
        plan.payload = json.write(event);
        return plan;
    }
}
