package io.livechain.reroute.handlers;

import io.livechain.model.Condition;
import io.livechain.model.RerouteRequested;
import io.livechain.reroute.Replanner;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The reason each plan and reroute carries, in the words the history and notifications show. */
final class Reasons {

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
