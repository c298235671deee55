package io.livechain.threshold;

import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.ColdChainProfile;
import io.livechain.threshold.rules.ColdChainRule;
import io.livechain.threshold.rules.Sample;
import io.livechain.threshold.rules.TripAggregate;
import io.livechain.threshold.store.Intake;
import io.livechain.threshold.store.TripKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Temperature readings against the asset's cold-chain profile, judged over the reading's trip in
 * event-time order through the trip's running figures ({@link TripAggregate}), never its whole series.
 */
@ApplicationScoped
public class ColdChainMonitor {

    static final String TEMPERATURE = "temperature";
    private static final Set<String> RULES =
            Arrays.stream(ColdChainRule.values()).map(ColdChainRule::id).collect(Collectors.toSet());

    private final AlertBook alerts;
    private final TripAggregates trips;

    public ColdChainMonitor(AlertBook alerts, TripAggregates trips) {
        this.alerts = alerts;
        this.trips = trips;
    }

    /**
     * Folds the reading (°C), stored by {@code stored} (its id, null for a redelivery), into its trip's
     * figures and reconciles the asset's cold-chain alerts. The store, the trip's figures and the open
     * alerts go to the database together. Completes with false for a redelivery.
     */
    public Uni<Boolean> onTemperature(
            EventTx tx, SensorReading reading, BigDecimal celsius, ColdChainProfile profile, Uni<Long> stored) {
        TripKey key = TripKey.of(reading.assetId(), reading.metric(), reading.shipmentId());
        return Uni.combine()
                .all()
                .unis(stored, TripAggregates.find(tx, key), AlertBook.open(tx, reading.assetId()))
                .asTuple()
                .chain(read -> {
                    if (read.getItem1() == null) {
                        return Uni.createFrom().item(false);
                    }
                    Sample sample = new Sample(Intake.storedTime(reading), read.getItem1(), celsius.doubleValue());
                    return trips.add(tx, key, read.getItem2(), sample, profile)
                            .chain(trip -> {
                                List<Finding> findings = trip.judge(profile).values().stream()
                                        .map(judgement -> new Finding(
                                                judgement.rule().id(),
                                                judgement.rule().severity(),
                                                judgement.summary(),
                                                () -> trips.evidence(
                                                        tx, key, judgement.evidence(), trip.latest(), profile.name())))
                                        .toList();
                                return alerts.reconcile(
                                        tx,
                                        read.getItem3(),
                                        new AlertBook.Verdict(
                                                reading.assetId(),
                                                reading.shipmentId(),
                                                profile.name(),
                                                RULES,
                                                findings,
                                                trip.latest().time()));
                            })
                            .replaceWith(true);
                });
    }
}
