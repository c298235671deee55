package io.livechain.threshold;

import io.livechain.model.AlertRaised.Severity;
import io.livechain.model.InventoryLevel;
import io.livechain.threshold.store.StockWatchRows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Low stock: on-hand below the reorder point of its sku and location raises, recovery resolves. */
@ApplicationScoped
public class StockMonitor {

    static final String LOW_STOCK = "low-stock";
    private static final Set<String> RULES = Set.of(LOW_STOCK);

    private final ThresholdConfig config;
    private final AlertBook alerts;

    public StockMonitor(ThresholdConfig config, AlertBook alerts) {
        this.config = config;
        this.alerts = alerts;
    }

    /** The asset id a stock position's alerts carry. */
    static String assetId(InventoryLevel level) {
        return level.sku() + "@" + level.location();
    }

    public boolean watches(InventoryLevel level) {
        return level.uom() == null && config.reorderPoints().containsKey(level.sku() + "|" + level.location());
    }

    /**
     * Judges the level against its reorder point, given whether it is the first time the event is seen;
     * the position's last level and open alerts are read together with the inbox. Completes with false
     * for a redelivery.
     */
    public Uni<Boolean> onLevel(EventTx tx, InventoryLevel level, Uni<Boolean> firstTime) {
        return Uni.combine()
                .all()
                .unis(
                        firstTime,
                        StockWatchRows.find(tx.connection, level.sku(), level.location()),
                        AlertBook.open(tx, assetId(level)))
                .asTuple()
                .chain(read -> {
                    if (!read.getItem1()) {
                        return Uni.createFrom().item(false);
                    }
                    StockWatchRows.Seen seen = read.getItem2();
                    if (seen != null && seen.isNewerThan(level.sequence(), level.eventTime())) {
                        return Uni.createFrom().item(true);
                    }
                    tx.write(
                            StockWatchRows.UPSERT,
                            StockWatchRows.values(level.sku(), level.location(), level.eventTime(), level.sequence()));
                    return alerts.reconcile(
                                    tx,
                                    read.getItem3(),
                                    new AlertBook.Verdict(
                                            assetId(level), null, null, RULES, findings(level), level.eventTime()))
                            .replaceWith(true);
                });
    }

    private List<Finding> findings(InventoryLevel level) {
        BigDecimal reorderPoint = config.reorderPoints().get(level.sku() + "|" + level.location());
        if (level.onHand().compareTo(reorderPoint) >= 0) {
            return List.of();
        }
        return List.of(new Finding(
                LOW_STOCK,
                Severity.WARNING,
                "on-hand %s of %s at %s is below the reorder point %s"
                        .formatted(
                                level.onHand().toPlainString(),
                                level.sku(),
                                level.location(),
                                reorderPoint.toPlainString()),
                List.of()));
    }
}
