package io.livechain.model.epcis;

import io.livechain.model.InventoryMovement;
import io.livechain.model.SensorReading;
import java.util.List;

/**
 * One EPCIS event: its standard event hash ({@code ni:///sha-256;...?ver=CBV2.0}), its type (e.g.
 * {@code ObjectEvent}), the stock movements and the sensor readings it implies (either list may be empty).
 */
public record CapturedEvent(
        String eventHash, String eventType, List<InventoryMovement> movements, List<SensorReading> readings) {

    public CapturedEvent {
        movements = List.copyOf(movements);
        readings = List.copyOf(readings);
    }
}
