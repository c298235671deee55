package io.livechain.readapi.inventory;

import java.time.Instant;

/** No stock position is recorded for what was asked: a sku anywhere, or a sku at one location (by a time). */
public class NoInventoryException extends RuntimeException {

    NoInventoryException(String message) {
        super(message);
    }

    static NoInventoryException forSku(String sku) {
        return new NoInventoryException("no inventory for sku '" + sku + "'");
    }

    static NoInventoryException forSkuAt(String sku, String location) {
        return new NoInventoryException("no inventory for sku '" + sku + "' at location '" + location + "'");
    }

    static NoInventoryException forSkuAtAsOf(String sku, String location, Instant asOf) {
        return new NoInventoryException(
                "no inventory for sku '" + sku + "' at location '" + location + "' as of " + asOf);
    }
}
