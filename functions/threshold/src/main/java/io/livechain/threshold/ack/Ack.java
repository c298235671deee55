package io.livechain.threshold.ack;

import java.time.Instant;

/** An alert's acknowledgement as first recorded: acking again changes neither who nor when. */
public record Ack(String alertId, Instant ackedAt, String ackedBy) {}
