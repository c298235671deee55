package io.livechain.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** Current on-hand of one stock position, as of the latest cycle count plus every later movement. */
@Entity
@Table(name = "stock_on_hand")
public class OnHand extends PanacheEntityBase {

    @EmbeddedId
    public StockPosition position;

    @Column(name = "on_hand", nullable = false)
    public BigDecimal onHand;

    /** Event time of the latest applied cycle count; null before the first count. */
    @Column(name = "counted_at")
    public Instant countedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Locks the position's row for this transaction, creating it at zero first if it is new. */
    static Uni<OnHand> lockOrCreate(StockPosition position) {
        return getSession()
                .chain(session -> session.createNativeQuery("insert into {h-schema}stock_on_hand"
                        + " (sku, location, uom, on_hand, updated_at) values (?1, ?2, ?3, 0, now())"
                        + " on conflict do nothing")
                        .setParameter(1, position.sku())
                        .setParameter(2, position.location())
                        .setParameter(3, position.uom())
                        .executeUpdate())
                .chain(() -> findById(position, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Whether a movement stamped {@code eventTime} is already covered by the latest cycle count. */
    boolean coveredByCount(Instant eventTime) {
        return countedAt != null && !eventTime.isAfter(countedAt);
    }
}
