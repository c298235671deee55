package io.livechain.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.livechain.model.InventoryLevel;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** One row of the append-only stock ledger: a movement event and what it did to on-hand. */
@Entity
@Table(name = "stock_ledger")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_source", nullable = false)
    public String eventSource;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Embedded
    public StockPosition position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MovementKind kind;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(name = "biz_step", nullable = false)
    public String bizStep;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(nullable = false)
    public boolean applied;

    @Column(name = "on_hand_before", nullable = false)
    public BigDecimal onHandBefore;

    @Column(name = "on_hand_after", nullable = false)
    public BigDecimal onHandAfter;

    public String lot;
    public String epc;

    @Column(name = "device_id")
    public String deviceId;

    @Column(name = "scan_source")
    public String scanSource;

    @Column(name = "scan_id")
    public String scanId;

    static LedgerEntry of(InventoryMovement movement, String eventSource, String eventId) {
        LedgerEntry entry = new LedgerEntry();
        entry.eventSource = eventSource;
        entry.eventId = eventId;
        entry.position = StockPosition.of(movement.sku(), movement.location(), movement.uom());
        entry.kind = movement.kind();
        entry.quantity = movement.quantity();
        entry.bizStep = movement.bizStep();
        entry.eventTime = movement.eventTime();
        entry.lot = movement.lot();
        entry.epc = movement.epc();
        entry.deviceId = movement.deviceId();
        entry.scanSource = movement.scanSource();
        entry.scanId = movement.scanId();
        return entry;
    }

    static Uni<LedgerEntry> findByEvent(String eventSource, String eventId) {
        return find("eventSource = ?1 and eventId = ?2", eventSource, eventId).firstResult();
    }

    /** Sum of the applied adjustments of a position stamped after {@code time}. */
    static Uni<BigDecimal> adjustmentsAfter(StockPosition position, Instant time) {
        return find("select coalesce(sum(quantity), 0) from LedgerEntry where position = ?1"
                + " and kind = ?2 and applied = true and eventTime > ?3", position, MovementKind.ADJUSTMENT, time)
                .project(BigDecimal.class).singleResult();
    }

    /** The level event this entry stands for; a redelivery replays it unchanged. */
    InventoryLevel toLevel() {
        return new InventoryLevel(position.sku(), position.location(), position.eventUom(), onHandAfter, onHandBefore,
                eventId, eventSource, eventTime, applied);
    }
}
