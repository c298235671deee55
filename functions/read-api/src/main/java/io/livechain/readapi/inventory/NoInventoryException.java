package io.livechain.readapi.inventory;

/** No stock position is recorded for what was asked: a sku anywhere, or a sku at one location. */
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
}
