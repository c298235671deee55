package io.livechain.threshold;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.ColdChainProfile;
import io.livechain.threshold.rules.ColdChainRule;
import io.livechain.threshold.rules.TripAggregate;
import io.livechain.threshold.state.StoredReading;
import io.smallrye.mutiny.Uni;

/**
 * Temperature readings against the asset's cold-chain profile, judged over the reading's trip in
 * event-time order through the trip's running figures ({@link TripAggregate}), never its whole series.
 */
@ApplicationScoped
public class ColdChainMonitor {

    static final String TEMPERATURE = "temperature";
    private static final Set<String> RULES = Arrays.stream(ColdChainRule.values()).map(ColdChainRule::id)
            .collect(Collectors.toSet());

    private final AlertBook alerts;
    private final TripAggregates trips;

    public ColdChainMonitor(AlertBook alerts, TripAggregates trips) {
        this.alerts = alerts;
        this.trips = trips;
    }

    /** Stores the reading (°C), folds it into its trip's figures and reconciles the asset's cold-chain alerts. */
    public Uni<Void> onTemperature(SensorReading reading, BigDecimal celsius, ColdChainProfile profile, String source,
            String id) {
        StoredReading stored = StoredReading.of(reading, celsius, source, id);
        return stored.persistAndFlush().chain(() -> trips.add(stored, profile)).chain(trip -> {
            List<Finding> findings = trip.judge(profile).values().stream().map(judgement -> new Finding(
                    judgement.rule().id(), judgement.rule().severity(), judgement.summary(),
                    () -> trips.evidence(stored, judgement.evidence(), trip.latest(), profile.name()))).toList();
            return alerts.reconcile(new AlertBook.Verdict(reading.assetId(), reading.shipmentId(), profile.name(),
                    RULES, findings, trip.latest().time(), source, id));
        });
    }
}
