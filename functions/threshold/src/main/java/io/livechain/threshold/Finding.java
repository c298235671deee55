package io.livechain.threshold;

import io.livechain.model.AlertRaised.Severity;
import io.livechain.model.SensorReading;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Supplier;

/**
 * A rule that is breached now, as the alert should say it. The evidence is looked up only when an
 * alert is raised: while a breach lasts, later readings find the alert already open and need none.
 */
record Finding(String rule, Severity severity, String summary, Supplier<Uni<List<SensorReading>>> evidence) {

    Finding(String rule, Severity severity, String summary, List<SensorReading> evidence) {
        this(rule, severity, summary, () -> Uni.createFrom().item(evidence));
    }
}
