package io.livechain.threshold;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.Breach;
import io.livechain.threshold.rules.ColdChainProfile;
import io.livechain.threshold.rules.ColdChainRule;
import io.livechain.threshold.rules.ColdChainRules;
import io.livechain.threshold.rules.TimedValue;
import io.livechain.threshold.state.StoredReading;
import io.smallrye.mutiny.Uni;

/** Temperature readings against the asset's cold-chain profile, over the readings of its trip. */
@ApplicationScoped
public class ColdChainMonitor {

    static final String TEMPERATURE = "temperature";
    private static final Set<String> RULES = Arrays.stream(ColdChainRule.values()).map(ColdChainRule::id)
            .collect(Collectors.toSet());

    private final AlertBook alerts;

    public ColdChainMonitor(AlertBook alerts) {
        this.alerts = alerts;
    }

    /** Stores the reading (°C) and reconciles the asset's cold-chain alerts with the whole trip's series. */
    public Uni<Void> onTemperature(SensorReading reading, BigDecimal celsius, ColdChainProfile profile, String source,
            String id) {
        return StoredReading.of(reading, celsius, source, id).persistAndFlush()
                .chain(() -> StoredReading.trip(reading.assetId(), TEMPERATURE, reading.shipmentId()))
                .chain(trip -> {
                    List<TimedValue<SensorReading>> series = trip.stream().map(r -> new TimedValue<>(r.eventTime,
                            r.value.doubleValue(), r.toReading(profile.name()))).toList();
                    Map<ColdChainRule, Breach<SensorReading>> breaches = ColdChainRules.evaluate(profile, series);
                    List<Finding> findings = breaches.values().stream().map(b -> new Finding(b.rule().id(),
                            b.rule().severity(), b.summary(), b.evidence())).toList();
                    return alerts.reconcile(new AlertBook.Verdict(reading.assetId(), reading.shipmentId(),
                            profile.name(), RULES, findings, series.get(series.size() - 1).time(), source, id));
                });
    }
}
