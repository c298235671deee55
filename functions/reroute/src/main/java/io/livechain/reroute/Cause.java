package io.livechain.reroute;

import java.time.Instant;

/**
 * The input event a decision answers: its CloudEvents source and id (the inbox key, and the seed
 * of the reply ids) and its event time, at which the decision is judged.
 */
public record Cause(String source, String id, Instant time) {}
