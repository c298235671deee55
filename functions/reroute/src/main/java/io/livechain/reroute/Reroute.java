package io.livechain.reroute;

import io.livechain.model.Condition;
import io.livechain.model.Itinerary;
import java.util.List;

/**
 * A route replaced: the shipment's route before, the decision that replaced it, why, and the
 * conditions the decision was taken under.
 */
public record Reroute(
        String shipmentId,
        Itinerary oldRoute,
        Replanner.Decision decision,
        String trigger,
        String reason,
        String newDestination,
        List<Condition> conditions) {

    /** Triggers as they appear in {@code shipment.rerouted} events and the history. */
    public static final String BY_CONDITION = "condition";

    /** Read view {@code plans_v2} names who asked (the cause's source) for the plans of this trigger. */
    public static final String BY_REQUEST = "reroute-requested";
}
