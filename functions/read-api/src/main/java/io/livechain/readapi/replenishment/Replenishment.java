package io.livechain.readapi.replenishment;

import java.util.List;

/** The answer of {@code GET /api/replenishment}: fewest days of cover first (unknown last), then by sku. */
public record Replenishment(List<ReplenishmentPosition> positions) {}
