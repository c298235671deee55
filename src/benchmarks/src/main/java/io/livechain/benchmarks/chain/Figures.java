package io.livechain.benchmarks.chain;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** How the reports print their figures: latencies in ms from microsecond histograms, fixed decimals. */
public final class Figures {

    private Figures() {}

    /** The percentile of a microsecond histogram in ms; "–" when it holds nothing. */
    public static String ms(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? "–" : f1(micros.getValueAtPercentile(percentile) / 1000.0);
    }

    /** The largest value of a microsecond histogram in ms; "–" when it holds nothing. */
    public static String maxMs(Histogram micros) {
        return micros.getTotalCount() == 0 ? "–" : f1(micros.getMaxValue() / 1000.0);
    }

    public static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    public static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Two decimals; "–" for NaN (nothing to divide by). */
    public static String f2(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
