package io.livechain.notify;

import io.livechain.model.AlertRaised;
import java.util.Locale;

/** How urgent a notice is, on PagerDuty's scale. */
public enum Severity {
    CRITICAL,
    ERROR,
    WARNING,
    INFO;

    /** PagerDuty's value: critical, error, warning or info. */
    public String pagerDuty() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Severity of(AlertRaised.Severity severity) {
        return switch (severity) {
            case CRITICAL -> CRITICAL;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }
}
