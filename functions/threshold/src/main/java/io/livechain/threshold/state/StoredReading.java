package io.livechain.threshold.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.livechain.model.SensorReading;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A reading kept for rules that look back; {@code value} in the metric's canonical unit (°C). */
@Entity
@Table(name = "readings")
public class StoredReading extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "asset_id", nullable = false)
    public String assetId;

    @Column(nullable = false)
    public String metric;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(name = "raw_value", nullable = false)
    public BigDecimal rawValue;

    @Column(name = "raw_unit", nullable = false)
    public String rawUnit;

    @Column(name = "device_id", nullable = false)
    public String deviceId;

    @Column(name = "shipment_id")
    public String shipmentId;

    @Column(name = "event_source", nullable = false)
    public String eventSource;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    public static StoredReading of(SensorReading reading, BigDecimal canonicalValue, String source, String id) {
        StoredReading stored = new StoredReading();
        stored.assetId = reading.assetId();
        stored.metric = reading.metric();
        stored.eventTime = reading.time();
        stored.value = canonicalValue;
        stored.rawValue = reading.value();
        stored.rawUnit = reading.unit();
        stored.deviceId = reading.deviceId();
        stored.shipmentId = reading.shipmentId();
        stored.eventSource = source;
        stored.eventId = id;
        return stored;
    }

    /** An asset's readings of a metric on one trip (one shipment, or all without one), oldest first. */
    public static Uni<List<StoredReading>> trip(String assetId, String metric, String shipmentId) {
        return shipmentId == null
                ? list("assetId = ?1 and metric = ?2 order by eventTime, id", assetId, metric)
                : list("assetId = ?1 and metric = ?2 and shipmentId = ?3 order by eventTime, id", assetId, metric,
                        shipmentId);
    }

    /** The reading as the event that brought it (original value and unit). */
    public SensorReading toReading(String profile) {
        return new SensorReading(deviceId, assetId, shipmentId, metric, rawValue, rawUnit, eventTime, profile);
    }
}
