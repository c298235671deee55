package io.livechain.localstack.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cloudevents.CloudEvent;
import io.livechain.localstack.knative.DeliverySpec;
import io.livechain.localstack.knative.KafkaSourceSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordEventsTest {

    private final KafkaSourceSpec source = new KafkaSourceSpec(
            "dl",
            "livechain",
            List.of("dead"),
            "dl-group",
            Optional.of("read-api"),
            Optional.of("/deadletters"),
            Optional.empty(),
            new DeliverySpec(1, true, Duration.ofSeconds(1), Duration.ofSeconds(10), Optional.empty()),
            false);

    @Test
    void aBinaryModeRecordIsItsOwnEvent() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("dead", 2, 7, null, bytes("{\"a\":1}"));
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes("e-1"))
                .add("ce_source", bytes("/s"))
                .add("ce_type", bytes("t.v1"))
                .add("ce_knativeerrorcode", bytes("422"))
                .add("content-type", bytes("application/json"));

        CloudEvent event = RecordEvents.of(source).apply(record);

        assertEquals("e-1", event.getId());
        assertEquals("/s", event.getSource().toString());
        assertEquals("422", event.getExtension("knativeerrorcode"));
        assertArrayEquals(bytes("{\"a\":1}"), event.getData().toBytes());
    }

    @Test
    void aRecordThatIsNoEventIsWrappedAsKnativeDoesSoItIsNotSkipped() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("dead", 2, 7, bytes("k1"), bytes("not json"));
        record.headers().add("X-Trace_Id", bytes("abc"));

        CloudEvent event = RecordEvents.of(source).apply(record);

        assertEquals(RecordEvents.WRAPPED_TYPE, event.getType());
        assertEquals("partition:2/offset:7", event.getId());
        assertEquals(
                "/apis/v1/namespaces/livechain/kafkasources/dl#dead",
                event.getSource().toString());
        assertEquals("k1", event.getExtension("key"));
        assertEquals("abc", event.getExtension("kafkaheaderxtraceid"));
        assertArrayEquals(bytes("not json"), event.getData().toBytes());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
