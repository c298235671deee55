package io.livechain.threshold.rules;

import java.util.List;

/** An active rule breach: what to say in the alert and the readings that show it. */
public record Breach<T>(ColdChainRule rule, String summary, List<T> evidence) {}
