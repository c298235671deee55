package io.livechain.threshold.state;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** An alert's lifecycle: open until its condition clears; at most one open alert per dedup key. */
@Entity
@Table(name = "alerts")
public class Alert extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";

    @Id
    @Column(name = "alert_id")
    public String alertId;

    @Column(name = "dedup_key", nullable = false)
    public String dedupKey;

    @Column(name = "asset_id", nullable = false)
    public String assetId;

    @Column(name = "shipment_id")
    public String shipmentId;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String severity;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String summary;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The readings (or level) that caused it, as JSON. */
    // jsonb in the table but text here: Hibernate Reactive maps JSON to objects only, and the
    // PostgreSQL client would send a String bound to a jsonb parameter as a JSON string.
    @ColumnTransformer(read = "readings::text", write = "cast(cast(? as text) as jsonb)")
    @Column(nullable = false)
    public String readings;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Open alerts whose dedup key starts with {@code prefix}, e.g. every cold-chain rule of an asset. */
    public static Uni<List<Alert>> openWithKeyPrefix(String prefix) {
        return list("status = ?1 and dedupKey like ?2", OPEN, prefix.replace("%", "\\%") + "%");
    }
}
