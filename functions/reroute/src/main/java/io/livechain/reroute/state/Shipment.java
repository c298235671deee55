package io.livechain.reroute.state;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** A shipment and its current route; its row lock orders the shipment's events. */
@Entity
@Table(name = "shipments")
public class Shipment extends PanacheEntityBase {

    public static final String PLANNED = "planned";
    public static final String IN_TRANSIT = "in_transit";
    public static final String DELIVERED = "delivered";

    @Id
    @Column(name = "shipment_id")
    public String shipmentId;

    public String origin;
    public String destination;

    @Column(name = "original_destination")
    public String originalDestination;

    @Column(name = "cargo_profile")
    public String cargoProfile;

    @Column(name = "reefer_required")
    public boolean reeferRequired;
    /** Lane modes allowed, comma-separated; null: all. */
    public String modes;

    public Instant deadline;

    @Column(name = "ready_at")
    public Instant readyAt;

    public String status;
    /** The current Itinerary as JSON. */
    @ColumnTransformer(read = "route::text", write = "cast(cast(? as text) as jsonb)")
    public String route;

    public Instant eta;

    @Column(name = "next_stop")
    public int nextStop;

    @Column(name = "position_latitude")
    public Double positionLatitude;

    @Column(name = "position_longitude")
    public Double positionLongitude;

    @Column(name = "position_at")
    public Instant positionAt;
    /** Facilities and lanes whose conditions rerouted it away, comma-separated (ids hold no comma). */
    public String watched;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Uni<Shipment> lock(String shipmentId) {
        return findById(shipmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean active() {
        return !DELIVERED.equals(status);
    }
}
