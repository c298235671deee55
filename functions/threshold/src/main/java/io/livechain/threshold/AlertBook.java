package io.livechain.threshold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.kit.ReplyIds;
import io.livechain.model.AlertRaised;
import io.livechain.model.AlertResolved;
import io.livechain.model.EventType;
import io.livechain.model.RerouteRequested;
import io.livechain.model.SensorReading;
import io.livechain.model.network.Facility;
import io.livechain.threshold.store.AlertRows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps one open alert per asset and rule: raises an alert when its rule is newly breached,
 * resolves it when the rule no longer is, and records the events for the outbox, in the event's
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
    record Verdict(
            String assetId,
            String shipmentId,
            String profile,
            Set<String> rulesInScope,
            Collection<Finding> findings,
            Instant at) {}

    /** The asset's open alerts, read after its lock (pipelined with the event's other reads). */
    static Uni<List<AlertRows.Open>> open(EventTx tx, String assetId) {
        return AlertRows.openWithKeyPrefix(tx.connection, assetId + "/");
    }

    /** Queues the resolutions and raises {@code verdict} calls for, given the asset's open alerts. */
    public Uni<Void> reconcile(EventTx tx, List<AlertRows.Open> open, Verdict verdict) {
        Map<String, Finding> breached =
                verdict.findings().stream().collect(Collectors.toMap(Finding::rule, Function.identity()));
        Set<String> alreadyOpen = open.stream().map(AlertRows.Open::rule).collect(Collectors.toSet());
        for (AlertRows.Open alert : open) {
            if (verdict.rulesInScope().contains(alert.rule()) && !breached.containsKey(alert.rule())) {
                resolve(tx, alert, verdict);
            }
        }
        List<Finding> raising = breached.values().stream()
                .filter(f -> !alreadyOpen.contains(f.rule()))
                .toList();
        if (raising.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Evidence only for the alerts raised now, all looked up at once; decided in the same order after.
        List<Uni<List<SensorReading>>> evidence = new ArrayList<>();
        raising.forEach(finding -> evidence.add(finding.evidence().get()));
        return Uni.join()
                .all(evidence)
                .andFailFast()
                .invoke(found -> {
                    for (int i = 0; i < raising.size(); i++) {
                        raise(tx, raising.get(i), found.get(i), verdict);
                    }
                })
                .replaceWithVoid();
    }

    private void raise(EventTx tx, Finding finding, List<SensorReading> evidence, Verdict verdict) {
        String dedupKey = verdict.assetId() + "/" + finding.rule();
        String alertId = ReplyIds.of(dedupKey, tx.source, tx.id);
        String summary = finding.summary();
        tx.write(
                AlertRows.INSERT,
                Tuple.of(
                                alertId,
                                dedupKey,
                                verdict.assetId(),
                                verdict.shipmentId(),
                                finding.rule(),
                                finding.severity().name())
                        .addString(summary)
                        .addOffsetDateTime(verdict.at().atOffset(ZoneOffset.UTC))
                        .addString(json(evidence))
                        .addOffsetDateTime(Instant.now().atOffset(ZoneOffset.UTC)));
        AlertRaised raised = new AlertRaised(
                alertId,
                dedupKey,
                verdict.assetId(),
                verdict.shipmentId(),
                finding.rule(),
                finding.severity(),
                summary,
                verdict.at(),
                evidence);
        outbox.add(tx, EventType.ALERT_RAISED, ReplyIds.of(alertId, "raised"), verdict.assetId(), raised);
        if (verdict.shipmentId() == null || verdict.profile() == null) {
            return;
        }
        RerouteRequested reroute = new RerouteRequested(
                verdict.shipmentId(),
                verdict.assetId(),
                alertId,
                dedupKey,
                finding.rule(),
                verdict.profile(),
                Facility.COLD_STORAGE,
                summary,
                verdict.at());
        outbox.add(tx, EventType.REROUTE_REQUESTED, ReplyIds.of(alertId, "reroute"), verdict.shipmentId(), reroute);
    }

    private void resolve(EventTx tx, AlertRows.Open alert, Verdict verdict) {
        tx.write(AlertRows.RESOLVE, AlertRows.resolve(alert.alertId(), verdict.at(), Instant.now()));
        AlertResolved resolved = new AlertResolved(
                alert.alertId(),
                alert.dedupKey(),
                alert.assetId(),
                alert.rule(),
                "cleared: " + alert.rule() + " no longer breached as of " + verdict.at(),
                verdict.at());
        outbox.add(tx, EventType.ALERT_RESOLVED, ReplyIds.of(alert.alertId(), "resolved"), alert.assetId(), resolved);
    }

    private String json(List<?> evidence) {
        try {
            return mapper.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
