package io.livechain.threshold;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.livechain.model.AlertRaised;
import io.livechain.model.AlertResolved;
import io.livechain.model.EventType;
import io.livechain.model.RerouteRequested;
import io.livechain.model.SensorReading;
import io.livechain.model.network.Facility;
import io.livechain.threshold.state.Alert;
import io.smallrye.mutiny.Uni;

/**
 * Keeps one open alert per asset and rule: raises an alert when its rule is newly breached,
 * resolves it when the rule no longer is, and records the events for the outbox, in the caller's
 * transaction. A cold-chain alert on a shipment in transit also asks for a reroute.
 */
@ApplicationScoped
public class AlertBook {


    private final Outbox outbox;
    private final ObjectMapper mapper;

    public AlertBook(Outbox outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** What an event decided for one asset: the rules in scope and which of them are breached now. */
    record Verdict(String assetId, String shipmentId, String profile, Set<String> rulesInScope,
            Collection<Finding> findings, Instant at, String causeSource, String causeId) {
    }

    public Uni<Void> reconcile(Verdict verdict) {
        Map<String, Finding> breached = verdict.findings().stream()
                .collect(Collectors.toMap(Finding::rule, Function.identity()));
        return Alert.openWithKeyPrefix(verdict.assetId() + "/").chain(open -> {
            Set<String> alreadyOpen = open.stream().map(a -> a.rule).collect(Collectors.toSet());
            Uni<Void> steps = Uni.createFrom().voidItem();
            for (Alert alert : open) {
                if (verdict.rulesInScope().contains(alert.rule) && !breached.containsKey(alert.rule)) {
                    steps = steps.chain(() -> resolve(alert, verdict));
                }
            }
            for (Finding finding : breached.values()) {
                if (!alreadyOpen.contains(finding.rule())) {
                    steps = steps.chain(() -> raise(finding, verdict));
                }
            }
            return steps;
        });
    }

    private Uni<Void> raise(Finding finding, Verdict verdict) {
        return finding.evidence().get().chain(evidence -> raise(finding, evidence, verdict));
    }

    private Uni<Void> raise(Finding finding, List<SensorReading> evidence, Verdict verdict) {
        Alert alert = new Alert();
        alert.dedupKey = verdict.assetId() + "/" + finding.rule();
        alert.alertId = EventIds.of(alert.dedupKey, verdict.causeSource(), verdict.causeId());
        alert.assetId = verdict.assetId();
        alert.shipmentId = verdict.shipmentId();
        alert.rule = finding.rule();
        alert.severity = finding.severity().name();
        alert.status = Alert.OPEN;
        alert.summary = finding.summary();
        alert.raisedAt = verdict.at();
        alert.updatedAt = Instant.now();
        alert.readings = json(evidence);
        AlertRaised raised = new AlertRaised(alert.alertId, alert.dedupKey, alert.assetId, alert.shipmentId, alert.rule,
                finding.severity(), alert.summary, alert.raisedAt, evidence);
        Uni<Void> recorded = alert.persist().chain(() -> outbox.add(EventType.ALERT_RAISED,
                EventIds.of(alert.alertId, "raised"), alert.assetId, raised, verdict.causeSource(), verdict.causeId()));
        if (verdict.shipmentId() == null || verdict.profile() == null) {
            return recorded;
        }
        RerouteRequested reroute = new RerouteRequested(verdict.shipmentId(), alert.assetId, alert.alertId,
                alert.dedupKey, alert.rule, verdict.profile(), Facility.COLD_STORAGE, alert.summary, alert.raisedAt);
        return recorded.chain(() -> outbox.add(EventType.REROUTE_REQUESTED, EventIds.of(alert.alertId, "reroute"),
                verdict.shipmentId(), reroute, verdict.causeSource(), verdict.causeId()));
    }

    private Uni<Void> resolve(Alert alert, Verdict verdict) {
        alert.status = Alert.RESOLVED;
        alert.resolvedAt = verdict.at();
        alert.updatedAt = Instant.now();
        AlertResolved resolved = new AlertResolved(alert.alertId, alert.dedupKey, alert.assetId, alert.rule,
                "cleared: " + alert.rule + " no longer breached as of " + verdict.at(), verdict.at());
        return outbox.add(EventType.ALERT_RESOLVED, EventIds.of(alert.alertId, "resolved"), alert.assetId, resolved,
                verdict.causeSource(), verdict.causeId());
    }

    private String json(List<?> evidence) {
        try {
            return mapper.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
