package io.livechain.scaningest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.kit.BrokerSink;
import io.livechain.kit.ReplyIds;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.InventoryMovement;
import io.livechain.model.SensorReading;
import io.livechain.model.epcis.CapturedEvent;
import io.livechain.model.epcis.EpcisCapture;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * EPCIS 2.0 in, movements and sensor readings out. A document yields many events, more than one
 * reply carries, so they are posted to the broker. Their ids derive from the EPCIS event hash:
 * the same EPCIS event sent again, in this document or another, yields the same ids, and
 * inventory and threshold drop the duplicates. All or nothing: an invalid document posts nothing.
 */
@ApplicationScoped
public class EpcisIngest {

    private final EpcisCapture capture = new EpcisCapture();
    private final BrokerSink sink;
    private final ObjectMapper mapper;

    public EpcisIngest(ScanIngestConfig config, ObjectMapper mapper) {
        this.mapper = mapper;
        this.sink = new BrokerSink(config.sink(), config.sinkTimeout(), mapper);
    }

    /** Maps and posts the document's events in the trace of {@code traceparent}; returns how many were posted. */
    public int ingest(JsonNode document, String documentSource, String traceparent) {
        List<CapturedEvent> captured = capture.map(document);
        int posted = 0;
        for (CapturedEvent event : captured) {
            for (InventoryMovement movement : event.movements()) {
                InventoryMovement fromDocument = new InventoryMovement(
                        movement.sku(),
                        movement.location(),
                        movement.uom(),
                        movement.kind(),
                        movement.quantity(),
                        movement.bizStep(),
                        movement.eventTime(),
                        movement.epc(),
                        movement.lot(),
                        movement.deviceId(),
                        documentSource,
                        event.eventHash());
                post(
                        EventType.INVENTORY_MOVEMENT,
                        event.eventHash() + "|" + movement.sku() + "|" + movement.location() + "|" + movement.uom(),
                        movement.sku() + "|" + movement.location(),
                        movement.eventTime(),
                        traceparent,
                        fromDocument);
                posted++;
            }
            for (int i = 0; i < event.readings().size(); i++) {
                SensorReading reading = event.readings().get(i);
                post(
                        EventType.SENSOR_READING,
                        event.eventHash() + "|sensor|" + i,
                        reading.assetId(),
                        reading.time(),
                        traceparent,
                        reading);
                posted++;
            }
        }
        return posted;
    }

    private void post(
            EventType type, String key, String partitionKey, java.time.Instant time, String traceparent, Record data) {
        String id = ReplyIds.replyTo(Functions.SCAN_INGEST, "epcis", key);
        sink.post(new BrokerSink.Event(
                id,
                type.type(),
                Functions.source(Functions.SCAN_INGEST),
                partitionKey,
                time,
                "application/json",
                json(data),
                traceparent));
    }

    /** Through the records' own serialisers, decimals kept exact (valueToTree would make 10 a 10.0 double). */
    private JsonNode json(Record data) {
        try {
            return mapper.reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(mapper.writeValueAsBytes(data));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write " + data, e);
        }
    }
}
