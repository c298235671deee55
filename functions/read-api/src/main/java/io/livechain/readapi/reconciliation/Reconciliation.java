package io.livechain.readapi.reconciliation;

import java.util.List;

/** The answer of {@code GET /api/reconciliation}: newest drift first. */
public record Reconciliation(List<ReconciledPosition> positions) {}
