package io.livechain.scaningest;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.InventoryMovement;
import io.livechain.model.ReplyIds;
import io.livechain.model.Scan;
import io.livechain.model.http.CloudEventReader;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventBuilder;
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
        return CloudEventBuilder.create()
                .id(ReplyIds.replyTo(Functions.SCAN_INGEST, event.source(), event.id()))
                .type(EventType.Types.INVENTORY_MOVEMENT)
                .source(Functions.source(Functions.SCAN_INGEST))
                // Same key, same Kafka partition: movements of one stock position keep their order.
                .extensions(Map.of("partitionkey", movement.sku() + "|" + movement.location()))
                .build(movement);
    }
}
