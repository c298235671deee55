package io.livechain.threshold.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The running aggregate against the reference: after every reading of a random trip (late ones,
 * equal timestamps, excursions, a sliding MKT window), {@link TripAggregate#judge} must name the same
 * rules, summaries and evidence as {@link ColdChainRules#evaluate} over the whole sorted series.
 * The trip is replayed the way the store feeds the aggregate: neighbours and leaving readings are
 * looked up in the sorted series, never the whole series handed over.
 */
class TripAggregateTest {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    /** A short MKT window so it slides many times within a trip of a few hundred readings. */
    private static final ColdChainProfile PROFILE = new ColdChainProfile(
            "refrigerated",
            2,
            8,
            Optional.of(0.0),
            Optional.of(15.0),
            Duration.ofMinutes(30),
            Duration.ofMinutes(60),
            Duration.ofHours(3));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void judgesEveryReadingLikeTheFullSeries(long seed) {
        Random random = new Random(seed);
        List<Instant> times = times(random, 400);
        TreeSet<Sample> trip = new TreeSet<>();
        TripAggregate aggregate = null;
        for (int seq = 0; seq < times.size(); seq++) {
            Sample reading = new Sample(times.get(seq), seq, celsius(random));
            trip.add(reading);
            aggregate =
                    aggregate == null ? TripAggregate.replay(PROFILE, List.of(reading)) : add(aggregate, trip, reading);
            assertSameVerdict(trip, aggregate, "seed " + seed + ", reading " + seq);
        }
        TripAggregate replayed = TripAggregate.replay(PROFILE, new ArrayList<>(trip));
        assertEquals(replayed.outOfRange(), aggregate.outOfRange(), "replay gives the same figures");
        assertEquals(replayed.runStart(), aggregate.runStart());
        assertEquals(0, replayed.mktSum().compareTo(aggregate.mktSum()), "the window's sum, exactly");
        assertEquals(replayed.windowFirst(), aggregate.windowFirst());
    }

    /** What the store does: look up what the aggregate needs in the sorted trip (the new reading included). */
    private static TripAggregate add(TripAggregate aggregate, TreeSet<Sample> trip, Sample reading) {
        if (aggregate.isLate(reading)) {
            return aggregate.insertLate(PROFILE, reading, trip.lower(reading), trip.higher(reading));
        }
        Instant from = aggregate.windowAfter(PROFILE);
        Instant to = TripAggregate.windowAfter(PROFILE, reading.time());
        List<Double> leaving = trip.stream()
                .filter(s -> s.time().isAfter(from) && !s.time().isAfter(to))
                .map(Sample::celsius)
                .toList();
        Instant first = trip.stream()
                .filter(s -> s.time().isAfter(to))
                .findFirst()
                .orElseThrow()
                .time();
        return aggregate.append(PROFILE, reading, leaving, first);
    }

    private static void assertSameVerdict(TreeSet<Sample> trip, TripAggregate aggregate, String where) {
        List<TimedValue<Sample>> series = trip.stream()
                .map(s -> new TimedValue<>(s.time(), s.celsius(), s))
                .toList();
        Map<ColdChainRule, Breach<Sample>> expected = ColdChainRules.evaluate(PROFILE, series);
        Map<ColdChainRule, Judgement> actual = aggregate.judge(PROFILE);
        assertEquals(expected.keySet(), actual.keySet(), where);
        for (Breach<Sample> breach : expected.values()) {
            Judgement judgement = actual.get(breach.rule());
            assertEquals(breach.summary(), judgement.summary(), where);
            assertEquals(breach.evidence(), evidence(trip, judgement.evidence()), where + ", " + breach.rule());
        }
    }

    /** The last readings of the scope, as a store's LIMIT query returns them. */
    private static List<Sample> evidence(TreeSet<Sample> trip, EvidenceScope scope) {
        List<Sample> last = new ArrayList<>();
        for (Sample sample : trip.descendingSet()) {
            if (last.size() == EvidenceScope.LIMIT) {
                break;
            }
            if (scope.contains(sample, trip.last())) {
                last.add(sample);
            }
        }
        Collections.reverse(last);
        return last;
    }

    /** Event times 0–3 min apart (some equal), sent in order except for late ones up to 4 h back. */
    private static List<Instant> times(Random random, int count) {
        List<Instant> times = new ArrayList<>();
        Instant time = T0;
        for (int i = 0; i < count; i++) {
            time = time.plusSeconds(random.nextInt(4) * 60L + (random.nextInt(5) == 0 ? random.nextInt(60) : 0));
            times.add(time);
        }
        for (int i = 0; i < count / 5; i++) {
            int from = random.nextInt(count);
            int to = Math.min(count - 1, from + 1 + random.nextInt(80));
            times.add(to, times.remove(from)); // delivered after the readings up to `to`
        }
        return times;
    }

    /** Mostly in range, in spells of excursions, sometimes beyond the hard limits. */
    private static double celsius(Random random) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return random.nextBoolean() ? -1.5 : 16 + random.nextDouble();
        }
        return roll < 6 ? 8 + random.nextDouble() * 6 : 2 + random.nextDouble() * 6;
    }
}
