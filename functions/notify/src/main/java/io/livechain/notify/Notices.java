package io.livechain.notify;

import io.livechain.model.AlertRaised;
import io.livechain.model.AlertResolved;
import io.livechain.model.MaintenanceRequested;
import io.livechain.model.RerouteRequested;
import io.livechain.model.ShipmentRerouted;
import io.livechain.notify.Notice.Action;
import io.livechain.notify.Notice.Detail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns each event notify takes into the notice the on-call team reads. */
public final class Notices {

    private Notices() {}

    public static Notice alertRaised(AlertRaised alert, ReceivedEvent event) {
        String summary = alert.summary().isBlank() ? alert.rule() + " breached" : alert.summary();
        return new Notice(
                event,
                Action.TRIGGER,
                alert.dedupKey(),
                Severity.of(alert.severity()),
                alert.assetId(),
                alert.assetId(),
                alert.rule(),
                summary,
                alert.raisedAt(),
                details(
                        "Rule",
                        alert.rule(),
                        "Shipment",
                        alert.shipmentId(),
                        "Raised at",
                        alert.raisedAt(),
                        "Alert",
                        alert.alertId()),
                alert.alertId());
    }

    public static Notice alertResolved(AlertResolved resolved, ReceivedEvent event) {
        String summary = resolved.summary() == null || resolved.summary().isBlank()
                ? resolved.rule() + " cleared"
                : resolved.summary();
        return new Notice(
                event,
                Action.RESOLVE,
                resolved.dedupKey(),
                Severity.INFO,
                resolved.assetId(),
                resolved.assetId(),
                resolved.rule(),
                summary,
                resolved.resolvedAt(),
                details("Rule", resolved.rule(), "Resolved at", resolved.resolvedAt(), "Alert", resolved.alertId()),
                resolved.alertId());
    }

    public static Notice maintenanceRequested(MaintenanceRequested request, ReceivedEvent event) {
        // A drift is a warning: the machine still works, but should be serviced before it fails.
        return new Notice(
                event,
                Action.TRIGGER,
                request.dedupKey(),
                Severity.WARNING,
                request.assetId(),
                request.assetId(),
                request.metric(),
                "maintenance requested for " + request.metric() + ": " + request.reason(),
                request.requestedAt(),
                details(
                        "Metric",
                        request.metric(),
                        "Value",
                        plain(request.value()),
                        "Baseline",
                        plain(request.baseline()),
                        "z-score",
                        plain(request.zScore()),
                        "Requested at",
                        request.requestedAt(),
                        "Request",
                        request.requestId()),
                null);
    }

    /** A diversion names what it asks for; an agent's plain replan names who asked. */
    static String rerouteSummary(RerouteRequested request, ReceivedEvent event) {
        return request.requiredCapability() == null
                ? "replan requested by " + event.source() + ": " + request.reason()
                : "reroute to " + request.requiredCapability() + " requested: " + request.reason();
    }

    public static Notice rerouteRequested(RerouteRequested request, ReceivedEvent event) {
        // Goods at risk until someone (or the reroute function) acts: an error, not a mere warning.
        String dedupKey = request.dedupKey() != null && !request.dedupKey().isBlank()
                ? request.dedupKey()
                : "shipment/" + request.shipmentId() + "/reroute-requested";
        return new Notice(
                event,
                Action.TRIGGER,
                dedupKey,
                Severity.ERROR,
                request.shipmentId(),
                request.assetId(),
                request.rule(),
                rerouteSummary(request, event),
                request.requestedAt(),
                details(
                        "Asset",
                        request.assetId(),
                        "Rule",
                        request.rule(),
                        "Profile",
                        request.profile(),
                        "Requested at",
                        request.requestedAt(),
                        "Alert",
                        request.alertId()),
                null);
    }

    public static Notice shipmentRerouted(ShipmentRerouted rerouted, ReceivedEvent event) {
        String route = String.join(" → ", rerouted.newRoute());
        String summary =
                "rerouted via " + route + ", ETA " + etaChange(rerouted.etaChangeMinutes()) + ": " + rerouted.reason();
        return new Notice(
                event,
                Action.TRIGGER,
                "shipment/" + rerouted.shipmentId() + "/reroute",
                Severity.ERROR,
                rerouted.shipmentId(),
                null,
                null,
                summary,
                event.time() == null ? null : event.time().toInstant(),
                details(
                        "Old route",
                        rerouted.oldRoute() == null ? null : String.join(" → ", rerouted.oldRoute()),
                        "New route",
                        route,
                        "Conditions",
                        rerouted.conditionIds() == null ? null : String.join(", ", rerouted.conditionIds())),
                null);
    }

    private static String etaChange(long minutes) {
        return minutes == 0 ? "unchanged" : (minutes > 0 ? "+" : "") + minutes + " min";
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Label and value pairs; pairs whose value is absent are left out. */
    private static List<Detail> details(Object... labelsAndValues) {
        List<Detail> details = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] != null) {
                details.add(new Detail((String) labelsAndValues[i], labelsAndValues[i + 1].toString()));
            }
        }
        return List.copyOf(details);
    }
}
