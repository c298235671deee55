package io.livechain.threshold.replenishment;

import io.livechain.model.InventoryLevel;
import io.livechain.model.ReplenishmentSuggested;

/** The suggestion a level crossing below its position's dynamic reorder point makes. */
public final class Suggestions {

    private Suggestions() {}

    /** For a level below the known reorder point of {@code figures}; the cause is the level's CloudEvent source and id. */
    public static ReplenishmentSuggested of(InventoryLevel level, Figures figures, String causeSource, String causeId) {
        return new ReplenishmentSuggested(
                level.sku(),
                level.location(),
                level.onHand(),
                figures.reorderPoint(),
                figures.safetyStock(),
                figures.demandPerDay(),
                figures.demandSd(),
                figures.leadTimeDays(),
                figures.leadTimeSdDays(),
                figures.serviceLevel(),
                figures.suggestedQuantity(level.onHand()),
                figures.daysOfCover(level.onHand()),
                level.eventTime(),
                causeSource,
                causeId);
    }
}
