package io.livechain.threshold.rules;

/** A rule breached now: what the alert says and which readings show it. */
public record Judgement(ColdChainRule rule, String summary, EvidenceScope evidence) {}
