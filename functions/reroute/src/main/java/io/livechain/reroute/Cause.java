package io.livechain.reroute;

import java.time.Instant;

/**
 * The input event a decision answers: its CloudEvents source and id (the inbox key, and the seed
 * of the reply ids), its event time, at which the decision is judged, and the traceparent of the span
 * handling it (null for none), which the events it decides carry.
 */
public record Cause(String source, String id, Instant time, String traceparent) {}
