package io.livechain.threshold.rules;

import io.livechain.model.AlertRaised.Severity;
import java.util.Locale;

/** The cold-chain rules, each with the severity of its alert. */
public enum ColdChainRule {
    /** The latest reading is at or beyond a hard limit: alarm at once. */
    HARD_LIMIT(Severity.CRITICAL),
    /** Out of range continuously for at least the single-excursion limit. */
    EXCURSION(Severity.CRITICAL),
    /** Out of range for at least the cumulative limit over the trip; never clears within a trip. */
    CUMULATIVE_EXCURSION(Severity.WARNING),
    /** Mean Kinetic Temperature over the rolling window above the range's upper bound. */
    MKT(Severity.WARNING);

    private final Severity severity;

    ColdChainRule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The rule's name in alerts and dedup keys, e.g. {@code hard-limit}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
