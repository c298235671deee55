package io.livechain.threshold.store;

import io.vertx.mutiny.sqlclient.Tuple;

/** One asset's readings of one metric on one shipment ({@code trip} is empty for readings without one). */
public record TripKey(String assetId, String metric, String trip) {

    public static TripKey of(String assetId, String metric, String shipmentId) {
        return new TripKey(assetId, metric, shipmentId == null ? "" : shipmentId);
    }

    /** The key as $1..$3 of a statement, followed by {@code more}. */
    Tuple tuple(Object... more) {
        Tuple tuple = Tuple.of(assetId, metric, trip);
        for (Object value : more) {
            tuple.addValue(value);
        }
        return tuple;
    }
}
