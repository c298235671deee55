package io.livechain.threshold.rules;

import java.time.Instant;
import java.util.Comparator;

/**
 * A stored reading in °C at its event time; {@code seq} (the row id) orders readings with the same
 * time by arrival, as the trip's series does.
 */
public record Sample(Instant time, long seq, double celsius) implements Comparable<Sample> {

    private static final Comparator<Sample> ORDER =
            Comparator.comparing(Sample::time).thenComparingLong(Sample::seq);

    @Override
    public int compareTo(Sample other) {
        return ORDER.compare(this, other);
    }
}
