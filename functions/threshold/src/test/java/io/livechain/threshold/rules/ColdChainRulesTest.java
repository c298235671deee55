package io.livechain.threshold.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColdChainRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final ColdChainProfile REFRIGERATED = new ColdChainProfile(
            "refrigerated",
            2,
            8,
            Optional.of(0.0),
            Optional.of(15.0),
            Duration.ofMinutes(30),
            Duration.ofMinutes(60),
            Duration.ofHours(24));

    /** Readings every {@code stepMinutes} from T0, one per value. */
    private static List<TimedValue<Integer>> series(int stepMinutes, double... celsius) {
        List<TimedValue<Integer>> series = new ArrayList<>();
        for (int i = 0; i < celsius.length; i++) {
            series.add(new TimedValue<>(T0.plus(Duration.ofMinutes((long) i * stepMinutes)), celsius[i], i));
        }
        return series;
    }

    private static Set<ColdChainRule> breached(List<TimedValue<Integer>> series) {
        return ColdChainRules.evaluate(REFRIGERATED, series).keySet();
    }

    @Test
    void inRangeSeriesBreachesNothing() {
        assertEquals(Set.of(), breached(series(10, 4, 5, 6, 7, 5)));
    }

    @Test
    void hardLimitAlarmsOnTheFirstReading() {
        assertEquals(Set.of(ColdChainRule.HARD_LIMIT), breached(series(10, 5, 15.5)));
        assertEquals(Set.of(ColdChainRule.HARD_LIMIT), breached(series(10, 5, -0.5)));
    }

    @Test
    void excursionNeedsTheFullLimitOutOfRange() {
        assertEquals(Set.of(), breached(series(10, 5, 9, 9, 9)));
        Map<ColdChainRule, Breach<Integer>> breaches = ColdChainRules.evaluate(REFRIGERATED, series(10, 5, 9, 9, 9, 9));
        assertEquals(Set.of(ColdChainRule.EXCURSION), breaches.keySet());
        assertEquals(List.of(1, 2, 3, 4), breaches.get(ColdChainRule.EXCURSION).evidence());
    }

    @Test
    void excursionClearsWhenBackInRange() {
        assertFalse(breached(series(10, 9, 9, 9, 9, 5)).contains(ColdChainRule.EXCURSION));
    }

    @Test
    void shortExcursionsAddUpToTheCumulativeLimit() {
        // Three 20-minute excursions, each below the 30-minute single limit: 60 minutes in total.
        List<TimedValue<Integer>> series = series(20, 9, 5, 9, 5, 9, 5);
        assertEquals(Set.of(ColdChainRule.CUMULATIVE_EXCURSION), breached(series));
        assertEquals(Duration.ofMinutes(60), ColdChainRules.cumulativeExcursion(REFRIGERATED, series));
    }

    @Test
    void mktOverTheWindowAboveMaxIsABreach() {
        double[] hourly = new double[24];
        for (int h = 0; h < 24; h++) {
            hourly[h] = h < 18 ? 5 : 14;
        }
        // 6 h at 14 °C is also a long excursion; MKT 8.285 °C > 8 °C is reported besides it.
        assertTrue(breached(series(60, hourly)).contains(ColdChainRule.MKT));
    }

    @Test
    void oneHotHourKeepsMktWithinTheLimit() {
        double[] hourly = new double[24];
        for (int h = 0; h < 24; h++) {
            hourly[h] = h < 23 ? 4 : 25;
        }
        Set<ColdChainRule> breached = breached(series(60, hourly));
        assertFalse(breached.contains(ColdChainRule.MKT));
        assertTrue(breached.contains(ColdChainRule.HARD_LIMIT));
    }

    @Test
    void mktIsNotJudgedOnAShortSeries() {
        assertFalse(breached(series(60, 9, 9)).contains(ColdChainRule.MKT));
    }
}
