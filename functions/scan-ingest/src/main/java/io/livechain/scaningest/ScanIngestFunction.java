package io.livechain.scaningest;

import com.fasterxml.jackson.databind.JsonNode;

import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.InventoryMovement;
import io.livechain.model.Scan;
import io.livechain.model.http.CloudEventReader;
import io.livechain.model.http.Replies;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;

/** Scan in, movement out: {@code io.livechain.scan.v1} → {@code io.livechain.inventory.movement.v1}. */
public class ScanIngestFunction {

    private final CloudEventReader reader;
    private final ScanNormaliser normaliser;

    public ScanIngestFunction(CloudEventReader reader, ScanNormaliser normaliser) {
        this.reader = reader;
        this.normaliser = normaliser;
    }

    @Funq(Functions.SCAN_INGEST)
    @CloudEventMapping(trigger = EventType.Types.SCAN, responseType = EventType.Types.INVENTORY_MOVEMENT)
    public CloudEvent<InventoryMovement> ingest(CloudEvent<JsonNode> event) {
        Scan scan = reader.read(event, EventType.SCAN, Scan.class);
        InventoryMovement movement = normaliser.normalise(scan, event.source(), event.id());
        // Keyed by stock position: its movements keep their order on one Kafka partition.
        return Replies.reply(Functions.SCAN_INGEST, EventType.INVENTORY_MOVEMENT, event,
                movement.sku() + "|" + movement.location(), movement);
    }
}
