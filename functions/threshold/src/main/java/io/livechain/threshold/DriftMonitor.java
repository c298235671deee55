package io.livechain.threshold;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.livechain.model.EventType;
import io.livechain.model.MaintenanceRequested;
import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.DriftDetector;
import io.livechain.threshold.state.Baseline;
import io.livechain.threshold.state.StoredReading;
import io.smallrye.mutiny.Uni;

/**
 * Predictive maintenance: each machine metric against its own EWMA baseline. A drifting reading
 * opens one maintenance request per asset and metric (until readings are normal again) and is
 * kept out of the baseline, so a persistent drift is not learnt as normal. A reading older than
 * the baseline's latest is stored but not judged (the baseline moves forward in event time).
 */
@ApplicationScoped
public class DriftMonitor {

    private final ThresholdConfig.Drift config;
    private final Outbox outbox;

    public DriftMonitor(ThresholdConfig config, Outbox outbox) {
        this.config = config.drift();
        this.outbox = outbox;
    }

    public Uni<Void> onMetric(SensorReading reading, String source, String id) {
        DriftDetector metricDetector = new DriftDetector(config.alpha(), config.zLimit(), config.warmup(),
                Optional.ofNullable(config.maxRatePerMinute().get(reading.metric())));
        double value = reading.value().doubleValue();
        return StoredReading.of(reading, reading.value(), source, id).persist()
                .chain(() -> Baseline.<Baseline> findById(new Baseline.Key(reading.assetId(), reading.metric())))
                .chain(baseline -> {
                    if (baseline == null) {
                        Baseline first = new Baseline();
                        first.key = new Baseline.Key(reading.assetId(), reading.metric());
                        first.set(DriftDetector.Baseline.first(value, reading.time()));
                        return first.persist().replaceWithVoid();
                    }
                    if (!reading.time().isAfter(baseline.lastTime)) {
                        return Uni.createFrom().voidItem();
                    }
                    Optional<DriftDetector.Drift> drift = metricDetector.check(baseline.toBaseline(), value, reading.time());
                    if (drift.isEmpty()) {
                        baseline.requestOpen = false;
                        baseline.set(metricDetector.update(baseline.toBaseline(), value, reading.time()));
                        return Uni.createFrom().voidItem();
                    }
                    if (baseline.requestOpen) {
                        return Uni.createFrom().voidItem();
                    }
                    baseline.requestOpen = true;
                    return request(reading, drift.get(), source, id);
                });
    }

    private Uni<Void> request(SensorReading reading, DriftDetector.Drift drift, String source, String id) {
        String dedupKey = reading.assetId() + "/" + reading.metric();
        String requestId = EventIds.of(dedupKey, source, id);
        MaintenanceRequested request = new MaintenanceRequested(requestId, dedupKey, reading.assetId(),
                reading.metric(), drift.reason(), reading.value(), BigDecimal.valueOf(drift.baseline()),
                BigDecimal.valueOf(Math.round(drift.zScore() * 100) / 100.0), reading.time(), List.of(reading));
        return outbox.add(EventType.MAINTENANCE_REQUESTED, requestId, reading.assetId(), request, source, id);
    }
}
