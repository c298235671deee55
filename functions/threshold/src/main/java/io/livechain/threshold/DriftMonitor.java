package io.livechain.threshold;

import io.livechain.kit.ReplyIds;
import io.livechain.model.EventType;
import io.livechain.model.MaintenanceRequested;
import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.DriftDetector;
import io.livechain.threshold.store.BaselineRows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    /** One detector per metric, built once (its settings are configuration). */
    private final Map<String, DriftDetector> detectors = new ConcurrentHashMap<>();

    public DriftMonitor(ThresholdConfig config, Outbox outbox) {
        this.config = config.drift();
        this.outbox = outbox;
    }

    /**
     * Judges the reading, stored by {@code stored} (its id, null for a redelivery), against its baseline,
     * read together with the store. Completes with false for a redelivery.
     */
    public Uni<Boolean> onMetric(EventTx tx, SensorReading reading, Uni<Long> stored) {
        return Uni.combine()
                .all()
                .unis(stored, BaselineRows.find(tx.connection, reading.assetId(), reading.metric()))
                .asTuple()
                .map(read -> {
                    if (read.getItem1() == null) {
                        return false;
                    }
                    judge(tx, reading, read.getItem2());
                    return true;
                });
    }

    private void judge(EventTx tx, SensorReading reading, BaselineRows.Stored stored) {
        double value = reading.value().doubleValue();
        if (stored == null) {
            save(tx, reading, DriftDetector.Baseline.first(value, reading.time()), false);
            return;
        }
        DriftDetector.Baseline baseline = stored.baseline();
        if (!reading.time().isAfter(baseline.lastTime())) {
            return;
        }
        DriftDetector detector = detectors.computeIfAbsent(
                reading.metric(),
                metric -> new DriftDetector(
                        config.alpha(),
                        config.zLimit(),
                        config.warmup(),
                        Optional.ofNullable(config.maxRatePerMinute().get(metric))));
        Optional<DriftDetector.Drift> drift = detector.check(baseline, value, reading.time());
        if (drift.isEmpty()) {
            save(tx, reading, detector.update(baseline, value, reading.time()), false);
        } else if (!stored.requestOpen()) {
            save(tx, reading, baseline, true);
            request(tx, reading, drift.get());
        }
    }

    private static void save(EventTx tx, SensorReading reading, DriftDetector.Baseline baseline, boolean requestOpen) {
        tx.write(BaselineRows.UPSERT, BaselineRows.values(reading.assetId(), reading.metric(), baseline, requestOpen));
    }

    private void request(EventTx tx, SensorReading reading, DriftDetector.Drift drift) {
        String dedupKey = reading.assetId() + "/" + reading.metric();
        String requestId = ReplyIds.of(dedupKey, tx.source, tx.id);
        MaintenanceRequested request = new MaintenanceRequested(
                requestId,
                dedupKey,
                reading.assetId(),
                reading.metric(),
                drift.reason(),
                reading.value(),
                BigDecimal.valueOf(drift.baseline()),
                BigDecimal.valueOf(Math.round(drift.zScore() * 100) / 100.0),
                reading.time(),
                List.of(reading));
        outbox.add(tx, EventType.MAINTENANCE_REQUESTED, requestId, reading.assetId(), request);
    }
}
