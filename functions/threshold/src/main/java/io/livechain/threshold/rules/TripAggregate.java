package io.livechain.threshold.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the cold-chain rules need of a trip, kept as running figures so that a reading costs the
 * same on the trip's first hour and its tenth day: the latest reading, the cumulative time out of
 * range, where the current excursion began, and the MKT window's exact sum of terms. A reading in
 * order adds one interval and slides the window (each reading enters it once and leaves it once); a
 * late one splits the interval between its neighbours. {@link #judge} then gives the same breaches as
 * {@link ColdChainRules#evaluate} over the whole sorted series. Pure: the store looks the neighbours
 * and the readings leaving the window up and passes them in.
 *
 * @param runStart     first reading of the trailing out-of-range run; null when the latest is in range
 * @param mktSum       exact sum of the MKT terms of the readings stamped after {@link #windowAfter}
 * @param windowFirst  time of the earliest reading in the MKT window
 */
public record TripAggregate(
        Sample latest, Duration outOfRange, Sample runStart, BigDecimal mktSum, long mktCount, Instant windowFirst) {

    /** The aggregate of a trip's readings sorted by time and arrival; for a new trip or a changed profile. */
    public static TripAggregate replay(ColdChainProfile profile, List<Sample> sorted) {
        Sample first = sorted.get(0);
        TripAggregate aggregate = new TripAggregate(
                first,
                Duration.ZERO,
                profile.inRange(first.celsius()) ? null : first,
                MeanKineticTemperature.term(first.celsius()),
                1,
                first.time());
        int firstInWindow = 0;
        for (Sample next : sorted.subList(1, sorted.size())) {
            Instant after = windowAfter(profile, next.time());
            List<Double> leaving = new ArrayList<>();
            while (!sorted.get(firstInWindow).time().isAfter(after)) {
                leaving.add(sorted.get(firstInWindow++).celsius());
            }
            aggregate = aggregate.append(
                    profile, next, leaving, sorted.get(firstInWindow).time());
        }
        return aggregate;
    }

    /** Readings stamped after this instant are in the MKT window of a trip whose latest reading is at {@code latest}. */
    public static Instant windowAfter(ColdChainProfile profile, Instant latest) {
        return latest.minus(profile.mktWindow());
    }

    public Instant windowAfter(ColdChainProfile profile) {
        return windowAfter(profile, latest.time());
    }

    /** Whether a newly stored reading sorts before the latest (its seq is the highest, so only its time can). */
    public boolean isLate(Sample reading) {
        return reading.compareTo(latest) < 0;
    }

    /** Whether a reading at {@code next} makes readings leave the window, so the store must look them up. */
    public boolean windowSlides(ColdChainProfile profile, Instant next) {
        return !windowFirst.isAfter(windowAfter(profile, next));
    }

    /**
     * The aggregate with {@code next} as the new latest reading.
     *
     * @param leaving     °C of the readings stamped in ({@code windowAfter} now, {@code windowAfter} of next]
     * @param windowFirst time of the earliest reading stamped after {@code windowAfter} of next (next at the latest)
     */
    public TripAggregate append(ColdChainProfile profile, Sample next, List<Double> leaving, Instant windowFirst) {
        Duration total = profile.inRange(latest.celsius())
                ? outOfRange
                : outOfRange.plus(Duration.between(latest.time(), next.time()));
        Sample run = profile.inRange(next.celsius()) ? null : runStart != null ? runStart : next;
        BigDecimal sum = mktSum.add(MeanKineticTemperature.term(next.celsius()));
        for (double celsius : leaving) {
            sum = sum.subtract(MeanKineticTemperature.term(celsius));
        }
        return new TripAggregate(next, total, run, sum, mktCount + 1 - leaving.size(), windowFirst);
    }

    /**
     * The aggregate with a late reading inserted between its neighbours in the sorted trip.
     *
     * @param predecessor the reading just before it, null when it is the trip's earliest
     * @param successor   the reading just after it
     */
    public TripAggregate insertLate(ColdChainProfile profile, Sample late, Sample predecessor, Sample successor) {
        // The interval predecessor→successor becomes predecessor→late→successor: only late→successor changes owner.
        Duration split = Duration.between(late.time(), successor.time());
        Duration total = outOfRange;
        if (!profile.inRange(late.celsius())) {
            total = total.plus(split);
        }
        if (predecessor != null && !profile.inRange(predecessor.celsius())) {
            total = total.minus(split);
        }
        Sample run = runStart;
        if (runStart != null && late.compareTo(runStart) > 0 && profile.inRange(late.celsius())) {
            run = successor; // an in-range reading inside the run cuts it: the run now starts after it
        } else if (runStart != null && successor.compareTo(runStart) == 0 && !profile.inRange(late.celsius())) {
            run = late; // out of range just before the run: the run starts earlier
        }
        if (!late.time().isAfter(windowAfter(profile))) {
            return new TripAggregate(latest, total, run, mktSum, mktCount, windowFirst);
        }
        return new TripAggregate(
                latest,
                total,
                run,
                mktSum.add(MeanKineticTemperature.term(late.celsius())),
                mktCount + 1,
                late.time().isBefore(windowFirst) ? late.time() : windowFirst);
    }

    /** The rules breached as of the latest reading, each with the scope of its evidence. */
    public Map<ColdChainRule, Judgement> judge(ColdChainProfile profile) {
        Map<ColdChainRule, Judgement> breaches = new EnumMap<>(ColdChainRule.class);
        if (profile.beyondHardLimit(latest.celsius())) {
            breaches.put(
                    ColdChainRule.HARD_LIMIT,
                    new Judgement(
                            ColdChainRule.HARD_LIMIT,
                            ColdChainRules.hardLimitSummary(profile, latest.celsius(), latest.time()),
                            new EvidenceScope.Latest()));
        }
        if (runStart != null) {
            Duration length = Duration.between(runStart.time(), latest.time());
            if (length.compareTo(profile.excursionLimit()) >= 0) {
                breaches.put(
                        ColdChainRule.EXCURSION,
                        new Judgement(
                                ColdChainRule.EXCURSION,
                                ColdChainRules.excursionSummary(profile, length, runStart.time()),
                                new EvidenceScope.From(runStart)));
            }
        }
        if (outOfRange.compareTo(profile.cumulativeLimit()) >= 0) {
            breaches.put(
                    ColdChainRule.CUMULATIVE_EXCURSION,
                    new Judgement(
                            ColdChainRule.CUMULATIVE_EXCURSION,
                            ColdChainRules.cumulativeSummary(profile, outOfRange),
                            new EvidenceScope.OutOfRange(profile.min(), profile.max())));
        }
        if (ColdChainRules.mktCovered(profile, Duration.between(windowFirst, latest.time()))) {
            double mkt = MeanKineticTemperature.celsius(mktSum, mktCount);
            if (mkt > profile.max()) {
                breaches.put(
                        ColdChainRule.MKT,
                        new Judgement(
                                ColdChainRule.MKT,
                                ColdChainRules.mktSummary(profile, mkt),
                                new EvidenceScope.After(windowAfter(profile))));
            }
        }
        return breaches;
    }
}
