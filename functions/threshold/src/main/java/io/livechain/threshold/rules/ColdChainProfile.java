package io.livechain.threshold.rules;

import java.time.Duration;
import java.util.Optional;

/**
 * A temperature profile: the allowed range, hard limits that alarm at once, how long a single
 * excursion and all excursions of a trip may last, and the MKT window (MKT must not exceed max).
 */
public record ColdChainProfile(
        String name,
        double min,
        double max,
        Optional<Double> hardLow,
        Optional<Double> hardHigh,
        Duration excursionLimit,
        Duration cumulativeLimit,
        Duration mktWindow) {

    public boolean inRange(double celsius) {
        return celsius >= min && celsius <= max;
    }

    public boolean beyondHardLimit(double celsius) {
        return hardLow.map(low -> celsius <= low).orElse(false)
                || hardHigh.map(high -> celsius >= high).orElse(false);
    }
}
