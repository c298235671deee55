package io.livechain.threshold.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Predictive maintenance for one asset's metric: an exponentially weighted mean and variance of the
 * readings (EWMA), flagging a reading whose z-score against that baseline, or whose rate of change
 * per minute, is over its limit — drift shows before the machine reaches a hard limit.
 *
 * @param alpha    weight of the newest reading in the baseline
 * @param zLimit   |z| at or above which a reading is anomalous (after {@code warmup} readings)
 * @param maxRatePerMinute rate-of-change limit, if any
 */
public record DriftDetector(double alpha, double zLimit, int warmup, Optional<Double> maxRatePerMinute) {

    /** The running baseline of one asset and metric. */
    public record Baseline(double mean, double variance, long count, Instant lastTime, double lastValue) {
        public static Baseline first(double value, Instant time) {
            return new Baseline(value, 0, 1, time, value);
        }
    }

    /** Why a reading is anomalous, with the figures to report. */
    public record Drift(String reason, double zScore, double baseline) {}

    /** The anomaly a reading shows against the baseline, if any. */
    public Optional<Drift> check(Baseline baseline, double value, Instant time) {
        double sd = Math.sqrt(baseline.variance());
        double z = sd > 0 ? (value - baseline.mean()) / sd : 0;
        if (baseline.count() >= warmup && Math.abs(z) >= zLimit) {
            return Optional.of(new Drift(
                    "z-score %.1f against EWMA baseline %.3f (limit %.1f)".formatted(z, baseline.mean(), zLimit),
                    z,
                    baseline.mean()));
        }
        double minutes = Duration.between(baseline.lastTime(), time).toMillis() / 60_000.0;
        if (maxRatePerMinute.isPresent() && minutes > 0) {
            double rate = Math.abs(value - baseline.lastValue()) / minutes;
            if (rate >= maxRatePerMinute.get()) {
                return Optional.of(new Drift(
                        "rate of change %.3f per minute (limit %.3f)".formatted(rate, maxRatePerMinute.get()),
                        z,
                        baseline.mean()));
            }
        }
        return Optional.empty();
    }

    /** The baseline with {@code value} folded in (West's incremental EWMA variance). */
    public Baseline update(Baseline baseline, double value, Instant time) {
        double delta = value - baseline.mean();
        double mean = baseline.mean() + alpha * delta;
        double variance = (1 - alpha) * (baseline.variance() + alpha * delta * delta);
        return new Baseline(mean, variance, baseline.count() + 1, time, value);
    }
}
