package io.livechain.readapi.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.kafka.clients.producer.ProducerRecord;

/** Records as the Knative broker's dead-letter KafkaSink writes them, for tests. */
final class DeadLetterRecords {

    static final String TOPIC = "livechain-deadletters";
    static final String SOURCE = "/livechain/scan-ingest";
    static final String TYPE = "io.livechain.inventory.movement.v1";
    static final String ERROR_DEST = "http://inventory.livechain.svc.cluster.local";
    static final String ERROR_BODY = "{\"status\":400,\"message\":\"quantity: is required\"}";

    private DeadLetterRecords() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String movement(String sku) {
        return "{\"sku\": \"" + sku + "\", \"location\": \"DC-1\", \"kind\": \"ADJUSTMENT\"}";
    }

    /** Binary content mode: attributes in ce_ headers, the data as the value. */
    static ProducerRecord<byte[], byte[]> binary(String id, String data) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TOPIC, null, utf8(data));
        record.headers()
                .add("ce_specversion", utf8("1.0"))
                .add("ce_id", utf8(id))
                .add("ce_source", utf8(SOURCE))
                .add("ce_type", utf8(TYPE))
                .add("ce_time", utf8("2026-11-27T06:00:00Z"))
                .add("ce_partitionkey", utf8("FN-1|DC-1"))
                .add("ce_knativeerrorcode", utf8("400"))
                .add("ce_knativeerrordest", utf8(ERROR_DEST))
                .add("ce_knativeerrordata", utf8(Base64.getEncoder().encodeToString(utf8(ERROR_BODY))))
                .add("content-type", utf8("application/json"));
        return record;
    }

    /** Structured content mode: one JSON envelope as the value. */
    static ProducerRecord<byte[], byte[]> structured(String id, String data) {
        String envelope = """
                {"specversion": "1.0", "id": "%s", "source": "%s", "type": "%s", "subject": "FN-2",
                 "datacontenttype": "application/json", "knativeerrorcode": "503", "knativeerrordest": "%s",
                 "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "data": %s}"""
                .formatted(id, SOURCE, TYPE, ERROR_DEST, data);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TOPIC, null, utf8(envelope));
        record.headers().add("content-type", utf8("application/cloudevents+json; charset=UTF-8"));
        return record;
    }
}
