package io.livechain.readapi.shipments;

/** No shipment has the id asked for (or the reroute function has not recorded any yet). */
public class NoShipmentException extends RuntimeException {

    NoShipmentException(String shipmentId) {
        super("no shipment '" + shipmentId + "'");
    }
}
