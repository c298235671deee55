package io.livechain.reroute.whatif;

import io.livechain.model.Condition;
import io.livechain.model.Itinerary;
import io.livechain.reroute.ConditionStore;
import io.livechain.reroute.Replanner;
import io.livechain.reroute.RerouteConfig;
import io.livechain.reroute.ShipmentState;
import io.livechain.reroute.ShipmentStore;
import io.livechain.reroute.handlers.Reasons;
import io.livechain.reroute.routing.LiveConditions;
import io.livechain.reroute.state.Shipment;
import io.livechain.reroute.whatif.WhatIfAnswer.Decision;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dry run of a condition: the decision reroute's condition handling would take for one shipment if
 * the condition were reported now — nothing when it is on nothing ahead of the shipment, else keep the
 * route or replace it by the min-improvement margin — from the stored shipment and the conditions in
 * force, the hypothetical one added (replacing a stored one of its id). It only reads, in a session
 * without a transaction: nothing is stored, nothing is posted.
 */
@ApplicationScoped
public class WhatIf {

    private final Replanner replanner;
    private final ShipmentStore shipments;
    private final ConditionStore conditions;
    private final Duration margin;

    public WhatIf(Replanner replanner, ShipmentStore shipments, ConditionStore conditions, RerouteConfig config) {
        this.replanner = replanner;
        this.shipments = shipments;
        this.conditions = conditions;
        this.margin = config.minImprovement();
    }

    /** What {@code hypothetical} would decide for the shipment at {@code now}; a null item for an unknown shipment. */
    public Uni<WhatIfAnswer> ask(String shipmentId, Condition hypothetical, Instant now) {
        return Panache.withSession(() -> shipments
                .find(shipmentId)
                .chain(shipment ->
                        shipment == null ? Uni.createFrom().nullItem() : judge(shipment, hypothetical, now)));
    }

    private Uni<WhatIfAnswer> judge(Shipment shipment, Condition hypothetical, Instant now) {
        Itinerary planned = shipments.route(shipment);
        if (!shipment.active()) {
            return Uni.createFrom()
                    .item(keep(shipment, planned, List.of(), Reasons.nothingToChoose(hypothetical, true), now));
        }
        return shipments
                .isWatching(shipment.shipmentId, ConditionStore.refs(hypothetical))
                .chain(reached -> reached
                        ? conditions
                                .liveAtWith(now, hypothetical)
                                .map(live -> decide(shipment, planned, hypothetical, live.compiled(), now))
                        : Uni.createFrom()
                                .item(keep(shipment, planned, List.of(), Reasons.untouchedBy(hypothetical), now)));
    }

    private WhatIfAnswer decide(
            Shipment shipment, Itinerary planned, Condition hypothetical, LiveConditions live, Instant now) {
        ShipmentState state = shipments.state(shipment);
        Optional<Replanner.Decision> decided = replanner.replan(state, now, live);
        if (decided.isEmpty()) {
            Itinerary current = replanner.retime(state, now, live).orElse(planned);
            return keep(shipment, current, List.of(), Reasons.nothingToChoose(hypothetical, false), now);
        }
        Replanner.Decision decision = decided.get();
        if (decision.changed()) {
            Itinerary current = replanner.retime(state, now, live).orElse(planned);
            String reason = Reasons.wouldReroute(hypothetical, decision, margin, shipment.deadline);
            return answer(shipment, Decision.REROUTE, current, decision.route(), decision.conditionIds(), reason, now);
        }
        // Kept: would any other route be faster at all (by less than the margin)? Said in the reason.
        Instant fastestOther = replanner
                .replanAsked(state, now, live)
                .filter(Replanner.Decision::changed)
                .map(Replanner.Decision::newEta)
                .orElse(null);
        String reason = Reasons.keptUnder(hypothetical, decision.newEta(), fastestOther, margin);
        return answer(shipment, Decision.KEEP, decision.route(), null, decision.conditionIds(), reason, now);
    }

    private static WhatIfAnswer keep(
            Shipment shipment, Itinerary current, List<String> conditionIds, String reason, Instant now) {
        return answer(shipment, Decision.KEEP, current, null, conditionIds, reason, now);
    }

    private static WhatIfAnswer answer(
            Shipment shipment,
            Decision decision,
            Itinerary current,
            Itinerary proposed,
            List<String> conditionIds,
            String reason,
            Instant now) {
        Instant eta = (proposed != null ? proposed : current).eta();
        Long change = shipment.eta == null || eta == null
                ? null
                : Duration.between(shipment.eta, eta).toMinutes();
        return new WhatIfAnswer(
                shipment.shipmentId, decision, now, shipment.eta, current, proposed, change, conditionIds, reason);
    }
}
