package io.livechain.threshold.rules;

import java.time.Instant;

/** A reading in °C at its event time, carrying what it came from (for the alert's evidence). */
public record TimedValue<T>(Instant time, double celsius, T source) {}
