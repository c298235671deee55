package io.livechain.notify;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A channel took a CloudEvent: a redelivery of that event skips the channel. */
@Entity
@Table(name = "deliveries")
public class Delivery extends PanacheEntityBase {

    @EmbeddedId
    public DeliveryKey key;

    @Column(name = "delivered_at", nullable = false)
    public Instant deliveredAt;

    @Column(name = "status_code", nullable = false)
    public int statusCode;
}
