package io.livechain.threshold.state;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The newest level seen per stock position: its sequence (the position's movement count), or its event
 * time for levels without one. An older level arriving late is ignored.
 */
@Entity
@Table(name = "stock_watch")
public class StockWatch extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "sku") String sku, @Column(name = "location") String location)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "level_time", nullable = false)
    public Instant levelTime;

    /** Null until a level that carries a sequence is seen. */
    public Long sequence;

    /** Whether {@code sequence} and {@code eventTime} describe a level older than the one seen. */
    public boolean isNewerThan(Long levelSequence, Instant eventTime) {
        return sequence != null && levelSequence != null ? sequence >= levelSequence : eventTime.isBefore(levelTime);
    }
}
