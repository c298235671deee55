package io.livechain.threshold;

import java.util.List;

import io.livechain.model.AlertRaised.Severity;
import io.livechain.model.SensorReading;

/** A rule that is breached now, as the alert should say it. */
record Finding(String rule, Severity severity, String summary, List<SensorReading> evidence) {
}
