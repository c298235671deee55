package io.livechain.reroute.handlers;

import io.livechain.model.Condition;
import io.livechain.model.RerouteRequested;
import io.livechain.reroute.Replanner;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The reason each plan and reroute carries, in the words the history and notifications show; and those
 * of the what-if answers ({@code POST /what-if}), which say what a condition would decide.
 */
public final class Reasons {

    private Reasons() {}

    static String firstPlan(Replanner.FirstPlan plan, Instant deadline) {
        String reason = "fastest route";
        if (!plan.conditionIds().isEmpty()) {
            reason += " under conditions " + plan.conditionIds();
        }
        if (missesDeadline(deadline, plan.route().eta())) {
            reason +=
                    "; misses the deadline by " + minutes(deadline, plan.route().eta()) + " min";
        }
        return reason;
    }

    static String conditionReroute(
            Condition condition, Replanner.Decision decision, Duration margin, Instant deadline) {
        String reason = describe(condition);
        if (decision.oldEta() == null) {
            reason += ": the current route can no longer be driven";
        } else {
            reason += ": the new route arrives " + minutes(decision.newEta(), decision.oldEta())
                    + " min earlier than the current one under the same conditions (margin " + margin.toMinutes()
                    + " min)";
        }
        if (missesDeadline(deadline, decision.oldEta()) && !missesDeadline(deadline, decision.newEta())) {
            reason += "; it meets the deadline";
        }
        return reason;
    }

    /** A request without a capability: the fastest route to the destination now. */
    static String requestedReplan(RerouteRequested request, Replanner.Decision decision) {
        String reason = request.reason() + ": replanned to the fastest route now";
        if (decision.oldEta() == null) {
            return reason + ", as the current route can no longer be driven";
        }
        return reason + ", arriving " + minutes(decision.newEta(), decision.oldEta())
                + " min earlier than the current one under the same conditions";
    }

    /**
     * A what-if that keeps the route: {@code fastestOther} is the ETA of the fastest other route when one
     * arrives earlier at all (by less than the margin, or it would have won), null when the current route
     * is the fastest.
     */
    public static String keptUnder(Condition condition, Instant keptEta, Instant fastestOther, Duration margin) {
        String reason = describe(condition) + ": the current route stays";
        if (fastestOther == null) {
            return reason + ", it is still the fastest";
        }
        return reason + "; the fastest other route arrives " + minutes(fastestOther, keptEta)
                + " min earlier, less than the margin of " + margin.toMinutes() + " min";
    }

    /** A what-if whose condition is on nothing ahead of the shipment: a condition event would not replan it. */
    public static String untouchedBy(Condition condition) {
        return describe(condition) + ": on nothing ahead on the shipment's route, which stays as planned";
    }

    /** A what-if for a shipment with no choice left: at or heading to its last stop, or no way on. */
    public static String nothingToChoose(Condition condition, boolean delivered) {
        return describe(condition) + ": the current route stays, "
                + (delivered
                        ? "the shipment is delivered"
                        : "it is heading to its last stop or no route leads on under these conditions");
    }

    /** A what-if that would reroute: the same words the reroute would carry. */
    public static String wouldReroute(
            Condition condition, Replanner.Decision decision, Duration margin, Instant deadline) {
        return conditionReroute(condition, decision, margin, deadline);
    }

    static String diversion(RerouteRequested request, String capability, String facilityId, String facilityName) {
        String reason = request.reason() == null ? "cold-chain alert" : request.reason();
        if (request.rule() != null) {
            reason += " (" + request.rule() + " on " + request.assetId() + ")";
        }
        return reason + ": diverted to the nearest reachable " + capability + " facility " + facilityId + " ("
                + facilityName + ")";
    }

    private static String describe(Condition c) {
        String target = c.facilityId() != null ? "at " + c.facilityId() : "on " + c.laneId();
        String effect = c.extraDelayMinutes() != null
                ? "+" + c.extraDelayMinutes() + " min"
                : c.factor() != null ? "×" + c.factor().toPlainString() : "closed";
        return c.kind().name().toLowerCase(Locale.ROOT) + " " + target + " (" + effect + " until " + c.validUntil()
                + ", " + c.source() + ")";
    }

    private static boolean missesDeadline(Instant deadline, Instant eta) {
        return deadline != null && eta != null && eta.isAfter(deadline);
    }

    private static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }
}
