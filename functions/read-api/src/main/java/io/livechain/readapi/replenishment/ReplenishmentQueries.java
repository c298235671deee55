package io.livechain.readapi.replenishment;

import io.livechain.readapi.UndefinedTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Threshold's replenishment figures, {@code threshold.replenishment_v1}, beside inventory's current
 * on-hand of the counted position, {@code inventory.stock_on_hand_v1} (uom ''); never their tables.
 * Either view missing (its owner not migrated yet) reads as nothing recorded.
 */
@ApplicationScoped
public class ReplenishmentQueries {

    static final String VIEW = "threshold.replenishment_v1";
    static final String STOCK_VIEW = "inventory.stock_on_hand_v1";

    private static final String POSITIONS = "select r.sku, r.location, s.on_hand, r.demand_per_day, r.demand_sd,"
            + " r.lead_time_days, r.lead_time_sd_days, r.service_level, r.safety_stock, r.reorder_point,"
            + " r.order_up_to_unrounded from " + VIEW + " r left join " + STOCK_VIEW + " s"
            + " on s.sku = r.sku and s.location = r.location and s.uom = ''"
            + " where ($1::text is null or r.location = $1)";

    // Days of cover depend on the on-hand of now, so the order is taken here; ties in code-point order.
    private static final Comparator<ReplenishmentPosition> ORDER = Comparator.comparing(
                    ReplenishmentPosition::daysOfCover, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReplenishmentPosition::sku)
            .thenComparing(ReplenishmentPosition::location);

    private final Pool pool;

    public ReplenishmentQueries(Pool pool) {
        this.pool = pool;
    }

    /** Every position, or those at {@code location} when not null. */
    public Uni<Replenishment> positions(String location) {
        return pool.preparedQuery(POSITIONS)
                .execute(Tuple.of(location))
                .map(rows -> new Replenishment(StreamSupport.stream(rows.spliterator(), false)
                        .map(ReplenishmentQueries::position)
                        .sorted(ORDER)
                        .toList()))
                .onFailure(UndefinedTable::is)
                .recoverWithItem(() -> new Replenishment(List.of()));
    }

    private static ReplenishmentPosition position(Row row) {
        BigDecimal onHand = row.getBigDecimal("on_hand");
        BigDecimal demandPerDay = row.getBigDecimal("demand_per_day");
        BigDecimal reorderPoint = row.getBigDecimal("reorder_point");
        return new ReplenishmentPosition(
                row.getString("sku"),
                row.getString("location"),
                onHand,
                demandPerDay,
                row.getBigDecimal("demand_sd"),
                row.getBigDecimal("lead_time_days"),
                row.getBigDecimal("lead_time_sd_days"),
                row.getBigDecimal("service_level"),
                row.getBigDecimal("safety_stock"),
                reorderPoint,
                OnHandFigures.daysOfCover(onHand, demandPerDay),
                OnHandFigures.suggestedQuantity(row.getBigDecimal("order_up_to_unrounded"), onHand),
                OnHandFigures.below(onHand, reorderPoint));
    }
}
