package io.livechain.threshold;

import io.livechain.model.AlertRaised.Severity;
import io.livechain.model.Functions;
import io.livechain.model.MaintenanceRequested;
import io.livechain.threshold.store.AlertRows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Maintenance asked for by someone other than threshold (an agent, a person): an alert on the asset,
 * rule {@value #RULE}, WARNING, whose summary names who asked (the request's CloudEvent source) and why,
 * so it shows in the alerts and reaches notify as alert.raised. One open alert per asset (dedup key
 * {@code <asset>/maintenance-requested}): asking again while it is open adds nothing. Threshold's own
 * requests, from its drift monitor, are not taken: every event threshold posts carries the source
 * {@link #OWN_SOURCE} (the outbox stamps it), which no other function uses.
 */
@ApplicationScoped
public class MaintenanceRequests {

    static final String RULE = "maintenance-requested";
    static final String OWN_SOURCE = Functions.source(Functions.THRESHOLD);

    private final AlertBook alerts;

    public MaintenanceRequests(AlertBook alerts) {
        this.alerts = alerts;
    }

    /** Whether threshold posted the request itself (its Trigger filters those out; this is the guard). */
    public static boolean isOwn(String source) {
        return OWN_SOURCE.equals(source);
    }

    /**
     * Raises the alert unless one is open for the asset, after {@code firstTime} (false: a redelivery,
     * nothing done) and the asset's open alerts, read together. Completes with {@code firstTime}.
     */
    public Uni<Boolean> onRequest(EventTx tx, MaintenanceRequested request, Uni<Boolean> firstTime) {
        return Uni.combine()
                .all()
                .unis(firstTime, AlertBook.open(tx, request.assetId()))
                .asTuple()
                .chain(read -> read.getItem1()
                        ? raise(tx, request, read.getItem2())
                        : Uni.createFrom().item(false));
    }

    private Uni<Boolean> raise(EventTx tx, MaintenanceRequested request, List<AlertRows.Open> open) {
        Finding asked = new Finding(
                RULE,
                Severity.WARNING,
                summary(request, tx.source),
                request.readings() == null ? List.of() : request.readings());
        // In scope of nothing: a request resolves no alert. Nothing resolves this one yet either (no reading
        // says the machine was serviced): it stays open, and acks record who took it on.
        AlertBook.Verdict verdict =
                new AlertBook.Verdict(request.assetId(), null, null, Set.of(), List.of(asked), request.requestedAt());
        return alerts.reconcile(tx, open, verdict).replaceWith(true);
    }

    static String summary(MaintenanceRequested request, String source) {
        return "maintenance requested by " + source + " for " + request.metric() + ": " + request.reason();
    }
}
