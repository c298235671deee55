package io.livechain.threshold;

import io.livechain.kit.ReplyIds;
import io.livechain.model.AlertRaised.Severity;
import io.livechain.model.EventType;
import io.livechain.model.InventoryLevel;
import io.livechain.threshold.replenishment.Figures;
import io.livechain.threshold.replenishment.LeadTime;
import io.livechain.threshold.replenishment.LeadTimes;
import io.livechain.threshold.replenishment.Outbound;
import io.livechain.threshold.replenishment.PositionHistory;
import io.livechain.threshold.replenishment.ReplenishmentPolicy;
import io.livechain.threshold.replenishment.Suggestions;
import io.livechain.threshold.store.DemandDayRows;
import io.livechain.threshold.store.StockWatchRows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Low stock: on-hand below the reorder point of its sku and location raises, recovery resolves. The
 * reorder point is the dynamic one where known (a location with a lead time, a position with enough
 * history: {@link ReplenishmentPolicy}), else the configured one; a position with neither is not judged.
 * At a location with a lead time every level of a counted item adds its outbound to its day (one upsert)
 * and updates the position's figures; the newest level falling below the dynamic reorder point from at
 * or above it (or first judged below it) also suggests an order, once: its id derives from the level
 * event, so a redelivery, stopped by the inbox, decides nothing new.
 */
@ApplicationScoped
public class StockMonitor {

    static final String LOW_STOCK = "low-stock";
    private static final Set<String> RULES = Set.of(LOW_STOCK);

    private final ThresholdConfig config;
    private final AlertBook alerts;
    private final Outbox outbox;
    private final LeadTimes leadTimes;
    private final ReplenishmentPolicy policy;

    public StockMonitor(
            ThresholdConfig config, AlertBook alerts, Outbox outbox, LeadTimes leadTimes, ReplenishmentPolicy policy) {
        this.config = config;
        this.alerts = alerts;
        this.outbox = outbox;
        this.leadTimes = leadTimes;
        this.policy = policy;
    }

    /** The asset id a stock position's alerts carry. */
    static String assetId(InventoryLevel level) {
        return level.sku() + "@" + level.location();
    }

    /** Counted items with a configured reorder point, or at a location with a lead time. */
    public boolean watches(InventoryLevel level) {
        return level.uom() == null
                && (configuredReorderPoint(level) != null
                        || leadTimes.at(level.location()).isPresent());
    }

    /**
     * Judges the level against its reorder point, given whether it is the first time the event is seen;
     * the position's last level, history and open alerts are read together with the inbox. Completes with
     * false for a redelivery.
     */
    public Uni<Boolean> onLevel(EventTx tx, InventoryLevel level, Uni<Boolean> firstTime) {
        Optional<LeadTime> leadTime = leadTimes.at(level.location());
        LocalDate day = Outbound.day(level);
        return Uni.combine()
                .all()
                .unis(
                        firstTime,
                        StockWatchRows.find(
                                tx.connection,
                                level.sku(),
                                level.location(),
                                day,
                                leadTime.isPresent() ? policy.windowDays() : 0),
                        AlertBook.open(tx, assetId(level)))
                .asTuple()
                .chain(read -> {
                    if (!read.getItem1()) {
                        return Uni.createFrom().item(false);
                    }
                    StockWatchRows.Seen seen = read.getItem2();
                    PositionHistory history = PositionHistory.none();
                    Figures figures = null;
                    if (leadTime.isPresent()) {
                        BigDecimal outbound = Outbound.of(level);
                        if (outbound.signum() > 0) {
                            tx.write(
                                    DemandDayRows.ADD, DemandDayRows.add(level.sku(), level.location(), day, outbound));
                        }
                        history = (seen == null ? PositionHistory.none() : seen.history()).with(day, outbound);
                        figures = policy.figures(history, leadTime.get());
                    }
                    if (seen != null && seen.isNewerThan(level.sequence(), level.eventTime())) {
                        if (figures != null) {
                            // A late level changes the demand, not which level is the newest nor its judgement.
                            tx.write(
                                    StockWatchRows.UPDATE_FIGURES,
                                    StockWatchRows.figures(level.sku(), level.location(), history, figures));
                        }
                        return Uni.createFrom().item(true);
                    }
                    return judge(tx, level, seen, history, figures, read.getItem3());
                });
    }

    private Uni<Boolean> judge(
            EventTx tx,
            InventoryLevel level,
            StockWatchRows.Seen seen,
            PositionHistory history,
            Figures figures,
            List<io.livechain.threshold.store.AlertRows.Open> open) {
        boolean dynamic = figures != null && figures.known();
        boolean below = dynamic && figures.below(level.onHand());
        tx.write(
                StockWatchRows.UPSERT,
                StockWatchRows.newest(
                        level.sku(), level.location(), history, figures, level.eventTime(), level.sequence(), below));
        if (below && (seen == null || !seen.below())) {
            outbox.add(
                    tx,
                    EventType.REPLENISHMENT_SUGGESTED,
                    ReplyIds.of(assetId(level), "replenishment", tx.source, tx.id),
                    assetId(level),
                    Suggestions.of(level, figures, tx.source, tx.id));
        }
        BigDecimal reorderPoint = dynamic ? figures.reorderPoint() : configuredReorderPoint(level);
        if (reorderPoint == null) {
            return Uni.createFrom().item(true); // neither reorder point: not judged, open alerts left as they are
        }
        return alerts.reconcile(
                        tx,
                        open,
                        new AlertBook.Verdict(
                                assetId(level),
                                null,
                                null,
                                RULES,
                                findings(level, reorderPoint, dynamic),
                                level.eventTime()))
                .replaceWith(true);
    }

    private BigDecimal configuredReorderPoint(InventoryLevel level) {
        return config.reorderPoints().get(level.sku() + "|" + level.location());
    }

    private static List<Finding> findings(InventoryLevel level, BigDecimal reorderPoint, boolean dynamic) {
        if (level.onHand().compareTo(reorderPoint) >= 0) {
            return List.of();
        }
        return List.of(new Finding(
                LOW_STOCK,
                Severity.WARNING,
                "on-hand %s of %s at %s is below the %sreorder point %s"
                        .formatted(
                                level.onHand().toPlainString(),
                                level.sku(),
                                level.location(),
                                dynamic ? "dynamic " : "",
                                reorderPoint.toPlainString()),
                List.of()));
    }
}
