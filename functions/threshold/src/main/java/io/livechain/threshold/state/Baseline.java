package io.livechain.threshold.state;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.livechain.threshold.rules.DriftDetector;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The stored EWMA baseline of one asset's metric, and whether a maintenance request is open. */
@Entity
@Table(name = "baselines")
public class Baseline extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "asset_id") String assetId, @Column(name = "metric") String metric)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public double mean;
    public double variance;
    public long count;

    @Column(name = "last_time", nullable = false)
    public Instant lastTime;

    @Column(name = "last_value", nullable = false)
    public double lastValue;

    @Column(name = "request_open", nullable = false)
    public boolean requestOpen;

    public DriftDetector.Baseline toBaseline() {
        return new DriftDetector.Baseline(mean, variance, count, lastTime, lastValue);
    }

    public void set(DriftDetector.Baseline baseline) {
        mean = baseline.mean();
        variance = baseline.variance();
        count = baseline.count();
        lastTime = baseline.lastTime();
        lastValue = baseline.lastValue();
    }
}
