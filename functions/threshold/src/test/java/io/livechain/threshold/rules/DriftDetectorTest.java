package io.livechain.threshold.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private final DriftDetector detector = new DriftDetector(0.1, 4.0, 20, Optional.of(1.0));

    private DriftDetector.Baseline steady(int readings) {
        DriftDetector.Baseline baseline = DriftDetector.Baseline.first(2.0, T0);
        for (int i = 1; i < readings; i++) {
            baseline = detector.update(baseline, 2.0 + (i % 2 == 0 ? 0.05 : -0.05), T0.plus(Duration.ofMinutes(i)));
        }
        return baseline;
    }

    @Test
    void steadyVibrationIsNoDrift() {
        DriftDetector.Baseline baseline = steady(30);
        assertTrue(
                detector.check(baseline, 2.04, T0.plus(Duration.ofMinutes(30))).isEmpty());
    }

    @Test
    void readingFarOffTheBaselineIsDrift() {
        DriftDetector.Baseline baseline = steady(30);
        var drift = detector.check(baseline, 2.6, T0.plus(Duration.ofMinutes(30)));
        assertTrue(drift.isPresent());
        assertTrue(drift.get().reason().startsWith("z-score"), drift.get().reason());
    }

    @Test
    void noZScoreVerdictDuringWarmup() {
        DriftDetector.Baseline baseline = steady(5);
        assertTrue(detector.check(baseline, 2.6, T0.plus(Duration.ofMinutes(5))).isEmpty());
    }

    @Test
    void steepRiseIsDriftEvenDuringWarmup() {
        DriftDetector.Baseline baseline = steady(5);
        var drift = detector.check(baseline, 9.0, T0.plus(Duration.ofMinutes(6)));
        assertTrue(drift.isPresent());
        assertTrue(
                drift.get().reason().startsWith("rate of change"), drift.get().reason());
    }
}
