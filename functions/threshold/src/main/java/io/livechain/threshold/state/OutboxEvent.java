package io.livechain.threshold.state;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An event decided in a transaction, waiting to be posted to the broker. */
@Entity
@Table(name = "outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "partition_key", nullable = false)
    public String partitionKey;

    // jsonb in the table but text here: Hibernate Reactive maps JSON to objects only, and the
    // PostgreSQL client would send a String bound to a jsonb parameter as a JSON string.
    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "cause_source")
    public String causeSource;

    @Column(name = "cause_id")
    public String causeId;
}
