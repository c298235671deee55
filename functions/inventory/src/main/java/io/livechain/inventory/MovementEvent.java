package io.livechain.inventory;

import io.livechain.model.InventoryMovement;

/** A movement with the CloudEvent source and id that make it unique across redeliveries. */
public record MovementEvent(InventoryMovement movement, String source, String id) {

    /** Identity of the event: a redelivery has the same key. */
    record Key(String source, String id) {}

    Key key() {
        return new Key(source, id);
    }

    StockPosition position() {
        return StockPosition.of(movement.sku(), movement.location(), movement.uom());
    }
}
