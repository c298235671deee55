package io.livechain.reroute;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.livechain.model.Condition;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.Itinerary;
import io.livechain.model.ReplyIds;
import io.livechain.model.RoutePlanned;
import io.livechain.model.ShipmentRerouted;
import io.livechain.reroute.state.PlanRecord;
import io.smallrye.mutiny.Uni;

/**
 * Records each plan and reroute of a shipment with its reason, in the caller's transaction,
 * together with the event that announces it ({@link PlanPublisher} posts it after commit). The
 * event id derives from the input event and the shipment, so a retry decides the same id.
 */
@ApplicationScoped
public class PlanHistory {

    private final JsonText json;

    public PlanHistory(JsonText json) {
        this.json = json;
    }

    public Uni<Void> planned(String shipmentId, RoutePlanned event, String reason, Instant now, String source,
            String id) {
        return record(shipmentId, PlanRecord.PLANNED, "shipment-created", reason, event.route(), null,
                event.conditionIds(), EventType.ROUTE_PLANNED, event, now, source, id);
    }

    /**
     * A reroute from {@code old} to {@code route}; the ETA change is against {@code oldEta} (the old
     * route under the same conditions), or the old plan's ETA when it can no longer be driven.
     */
    public Uni<Void> rerouted(String shipmentId, Itinerary old, Itinerary route, Instant oldEta, String trigger,
            String reason, String newDestination, List<Condition> conditions, Instant now, String source,
            String id) {
        Instant from = oldEta != null ? oldEta : old.eta();
        long change = Duration.between(from, route.eta()).toMinutes();
        List<String> conditionIds = conditions.stream().map(Condition::conditionId).toList();
        ShipmentRerouted event = new ShipmentRerouted(shipmentId, old.facilityIds(), route.facilityIds(),
                old.laneIds(), route.laneIds(), from, route.eta(), change, trigger, reason, newDestination,
                conditionIds, conditions);
        return record(shipmentId, PlanRecord.REROUTED, trigger, reason, route, change, conditionIds,
                EventType.SHIPMENT_REROUTED, event, now, source, id);
    }

    private Uni<Void> record(String shipmentId, String kind, String trigger, String reason, Itinerary route,
            Long etaChange, List<String> conditionIds, EventType type, Record event, Instant now, String source,
            String id) {
        return PlanRecord.count("shipmentId", shipmentId).chain(count -> {
            PlanRecord plan = new PlanRecord();
            plan.shipmentId = shipmentId;
            plan.seq = count.intValue() + 1;
            plan.kind = kind;
            plan.decidedAt = now;
            plan.trigger = trigger;
            plan.reason = reason;
            plan.route = json.write(route);
            plan.eta = route.eta();
            plan.etaChangeMinutes = etaChange;
            plan.conditionIds = json.write(conditionIds);
            plan.eventId = ReplyIds.replyTo(Functions.REROUTE + "/" + shipmentId, source, id);
            plan.eventType = type.type();
            plan.payload = json.write(event);
            plan.causeSource = source;
            plan.causeId = id;
            plan.recordedAt = Instant.now();
            return plan.persist().replaceWithVoid();
        });
    }
}
