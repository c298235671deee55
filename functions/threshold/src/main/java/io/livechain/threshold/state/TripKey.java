package io.livechain.threshold.state;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One asset's readings of one metric on one shipment ({@code trip} is empty for readings without one). */
@Embeddable
public class TripKey implements Serializable {

    @Column(name = "asset_id")
    public String assetId;

    public String metric;

    public String trip;

    public static TripKey of(String assetId, String metric, String shipmentId) {
        TripKey key = new TripKey();
        key.assetId = assetId;
        key.metric = metric;
        key.trip = shipmentId == null ? "" : shipmentId;
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TripKey key && assetId.equals(key.assetId) && metric.equals(key.metric)
                && trip.equals(key.trip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assetId, metric, trip);
    }
}
