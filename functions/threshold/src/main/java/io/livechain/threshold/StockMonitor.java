package io.livechain.threshold;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.livechain.model.AlertRaised.Severity;
import io.livechain.model.InventoryLevel;
import io.livechain.threshold.state.StockWatch;
import io.smallrye.mutiny.Uni;

/** Low stock: on-hand below the reorder point of its sku and location raises, recovery resolves. */
@ApplicationScoped
public class StockMonitor {

    static final String LOW_STOCK = "low-stock";

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

    public Uni<Void> onLevel(InventoryLevel level, String source, String id) {
        BigDecimal reorderPoint = config.reorderPoints().get(level.sku() + "|" + level.location());
        StockWatch.Key key = new StockWatch.Key(level.sku(), level.location());
        return StockWatch.<StockWatch> findById(key).chain(watch -> {
            if (watch != null && watch.isNewerThan(level.sequence(), level.eventTime())) {
                return Uni.createFrom().voidItem();
            }
            StockWatch latest = watch != null ? watch : new StockWatch();
            latest.key = key;
            latest.levelTime = level.eventTime();
            latest.sequence = level.sequence();
            boolean low = level.onHand().compareTo(reorderPoint) < 0;
            List<Finding> findings = low ? List.of(new Finding(LOW_STOCK, Severity.WARNING,
                    "on-hand %s of %s at %s is below the reorder point %s".formatted(level.onHand().toPlainString(),
                            level.sku(), level.location(), reorderPoint.toPlainString()), List.of()))
                    : List.of();
            return latest.persist().chain(() -> alerts.reconcile(new AlertBook.Verdict(assetId(level), null, null,
                    Set.of(LOW_STOCK), findings, level.eventTime(), source, id)));
        });
    }
}
