package io.livechain.threshold.state;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A monitored asset (reefer, container, machine, or a stock position); its row lock orders its events. */
@Entity
@Table(name = "assets")
public class Asset extends PanacheEntityBase {

    @Id
    @Column(name = "asset_id")
    public String assetId;

    /** Registered cold-chain profile, if any. */
    public String profile;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Locks the asset's row for this transaction, creating it first if new. */
    public static Uni<Asset> lockOrCreate(String assetId) {
        return getSession()
                .chain(session -> session.createNativeQuery("insert into {h-schema}assets (asset_id, updated_at)"
                        + " values (?1, now()) on conflict do nothing").setParameter(1, assetId).executeUpdate())
                .chain(() -> findById(assetId, LockModeType.PESSIMISTIC_WRITE));
    }
}
