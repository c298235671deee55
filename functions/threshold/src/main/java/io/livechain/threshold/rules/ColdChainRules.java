package io.livechain.threshold.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates a profile against an asset's readings sorted by event time. Pure: the result depends on
 * the series only, so a late or duplicate reading simply yields the re-sorted series' verdict.
 * The function judges with {@link TripAggregate}, which gives the same verdicts without the series;
 * this full evaluation is its reference.
 */
public final class ColdChainRules {

    /** MKT is judged once the readings span at least this share of the window (one warm sample is no MKT). */
    static final double MKT_MIN_COVERAGE = 0.5;

    private static final int MAX_EVIDENCE = EvidenceScope.LIMIT;

    private ColdChainRules() {}

    /** The rules breached as of the latest reading, with evidence; empty when all is well. */
    public static <T> Map<ColdChainRule, Breach<T>> evaluate(ColdChainProfile profile, List<TimedValue<T>> series) {
        Map<ColdChainRule, Breach<T>> breaches = new EnumMap<>(ColdChainRule.class);
        if (series.isEmpty()) {
            return breaches;
        }
        TimedValue<T> latest = series.get(series.size() - 1);
        if (profile.beyondHardLimit(latest.celsius())) {
            breaches.put(
                    ColdChainRule.HARD_LIMIT,
                    new Breach<>(
                            ColdChainRule.HARD_LIMIT,
                            hardLimitSummary(profile, latest.celsius(), latest.time()),
                            evidence(List.of(latest))));
        }
        List<TimedValue<T>> run = currentExcursion(profile, series);
        if (!run.isEmpty()) {
            Duration length = Duration.between(run.get(0).time(), latest.time());
            if (length.compareTo(profile.excursionLimit()) >= 0) {
                breaches.put(
                        ColdChainRule.EXCURSION,
                        new Breach<>(
                                ColdChainRule.EXCURSION,
                                excursionSummary(profile, length, run.get(0).time()),
                                evidence(run)));
            }
        }
        Duration outOfRange = cumulativeExcursion(profile, series);
        if (outOfRange.compareTo(profile.cumulativeLimit()) >= 0) {
            breaches.put(
                    ColdChainRule.CUMULATIVE_EXCURSION,
                    new Breach<>(
                            ColdChainRule.CUMULATIVE_EXCURSION,
                            cumulativeSummary(profile, outOfRange),
                            evidence(series.stream()
                                    .filter(v -> !profile.inRange(v.celsius()))
                                    .toList())));
        }
        List<TimedValue<T>> window = window(series, latest.time().minus(profile.mktWindow()));
        Duration span = Duration.between(window.get(0).time(), latest.time());
        if (mktCovered(profile, span)) {
            double mkt = MeanKineticTemperature.celsius(
                    window.stream().map(TimedValue::celsius).toList());
            if (mkt > profile.max()) {
                breaches.put(
                        ColdChainRule.MKT, new Breach<>(ColdChainRule.MKT, mktSummary(profile, mkt), evidence(window)));
            }
        }
        return breaches;
    }

    /** The trailing run of out-of-range readings (empty when the latest is in range). */
    static <T> List<TimedValue<T>> currentExcursion(ColdChainProfile profile, List<TimedValue<T>> series) {
        int start = series.size();
        while (start > 0 && !profile.inRange(series.get(start - 1).celsius())) {
            start--;
        }
        return series.subList(start, series.size());
    }

    /** Time spent out of range: each out-of-range reading counts until the next reading. */
    static <T> Duration cumulativeExcursion(ColdChainProfile profile, List<TimedValue<T>> series) {
        Duration total = Duration.ZERO;
        for (int i = 0; i + 1 < series.size(); i++) {
            if (!profile.inRange(series.get(i).celsius())) {
                total = total.plus(
                        Duration.between(series.get(i).time(), series.get(i + 1).time()));
            }
        }
        return total;
    }

    private static <T> List<TimedValue<T>> window(List<TimedValue<T>> series, Instant after) {
        List<TimedValue<T>> window = new ArrayList<>();
        for (TimedValue<T> value : series) {
            if (value.time().isAfter(after)) {
                window.add(value);
            }
        }
        return window;
    }

    private static <T> List<T> evidence(List<TimedValue<T>> values) {
        List<TimedValue<T>> last = values.subList(Math.max(0, values.size() - MAX_EVIDENCE), values.size());
        return last.stream().map(TimedValue::source).toList();
    }

    static String hardLimitSummary(ColdChainProfile profile, double celsius, Instant time) {
        return "%s at %s beyond the hard limits of profile %s".formatted(degrees(celsius), time, profile.name());
    }

    static String excursionSummary(ColdChainProfile profile, Duration length, Instant since) {
        return "out of range %s–%s for %d min since %s (limit %d min)"
                .formatted(
                        degrees(profile.min()),
                        degrees(profile.max()),
                        length.toMinutes(),
                        since,
                        profile.excursionLimit().toMinutes());
    }

    static String cumulativeSummary(ColdChainProfile profile, Duration outOfRange) {
        return "out of range %d min in total this trip (limit %d min)"
                .formatted(outOfRange.toMinutes(), profile.cumulativeLimit().toMinutes());
    }

    static String mktSummary(ColdChainProfile profile, double mkt) {
        return "MKT %s over %d h exceeds %s"
                .formatted(degrees(mkt), profile.mktWindow().toHours(), degrees(profile.max()));
    }

    /** Whether readings spanning {@code span} cover enough of the MKT window to judge it. */
    static boolean mktCovered(ColdChainProfile profile, Duration span) {
        return span.toMillis() >= profile.mktWindow().toMillis() * MKT_MIN_COVERAGE;
    }

    private static String degrees(double celsius) {
        return String.format(Locale.ROOT, "%.1f °C", celsius);
    }
}
