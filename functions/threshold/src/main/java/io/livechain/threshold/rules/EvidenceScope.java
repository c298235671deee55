package io.livechain.threshold.rules;

import java.time.Instant;

/**
 * Which of the trip's readings show a breach; the alert carries the last {@value #LIMIT} of them,
 * which a store finds with one LIMIT query instead of loading the trip.
 */
public sealed interface EvidenceScope {

    int LIMIT = 12;

    /** The latest reading alone. */
    record Latest() implements EvidenceScope {}

    /** The readings from {@code first} (inclusive) on: the current excursion. */
    record From(Sample first) implements EvidenceScope {}

    /** The trip's out-of-range readings. */
    record OutOfRange(double min, double max) implements EvidenceScope {}

    /** The readings stamped after {@code after}: the MKT window. */
    record After(Instant after) implements EvidenceScope {}

    /** Whether a reading belongs to the scope, for stores that filter in memory (and tests). */
    default boolean contains(Sample sample, Sample latest) {
        if (this instanceof From from) {
            return sample.compareTo(from.first()) >= 0;
        }
        if (this instanceof OutOfRange range) {
            return sample.celsius() < range.min() || sample.celsius() > range.max();
        }
        if (this instanceof After after) {
            return sample.time().isAfter(after.after());
        }
        return sample.equals(latest);
    }
}
