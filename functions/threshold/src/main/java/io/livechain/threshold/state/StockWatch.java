package io.livechain.threshold.state;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The event time of the last level seen per stock position: an older level arriving late is ignored. */
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
}
