package io.livechain.readapi.deadletters;

import static io.livechain.readapi.deadletters.DeadLetterRecords.TOPIC;
import static io.livechain.readapi.deadletters.DeadLetterRecords.binary;
import static io.livechain.readapi.deadletters.DeadLetterRecords.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Edge cases of reading dead-letter records, without Kafka. */
class DeadLetterReaderTest {

    private final DeadLetterReader reader = new DeadLetterReader(new ObjectMapper());

    private static ConsumerRecord<byte[], byte[]> consumed(ProducerRecord<byte[], byte[]> sent, long offset) {
        return new ConsumerRecord<>(TOPIC, 0, offset, 0L, TimestampType.CREATE_TIME, -1, -1, null, sent.value(),
                new RecordHeaders(sent.headers().toArray()), Optional.empty());
    }

    private static ProducerRecord<byte[], byte[]> replacing(ProducerRecord<byte[], byte[]> record, String header,
            String value) {
        record.headers().remove(header);
        if (value != null) {
            record.headers().add(header, utf8(value));
        }
        return record;
    }

    @Test
    void errorDataThatIsNotBase64IsKeptAsGiven() {
        DeadLetter letter = reader.read(consumed(replacing(binary("r-1", "{}"), "ce_knativeerrordata", "not base64!"), 1));

        assertEquals("not base64!", letter.errorData());
    }

    @Test
    void attributesThatDoNotParseStayInExtensions() {
        ProducerRecord<byte[], byte[]> sent = replacing(replacing(binary("r-2", "{}"), "ce_time", "yesterday"),
                "ce_knativeerrorcode", "timeout");
        DeadLetter letter = reader.read(consumed(sent, 2));

        assertNull(letter.time());
        assertNull(letter.errorCode());
        assertEquals("yesterday", letter.extensions().get("time"));
        assertEquals("timeout", letter.extensions().get("knativeerrorcode"));
    }

    @Test
    void binaryRecordWithoutATypeIsUnknownWithItsHeadersKept() {
        DeadLetter letter = reader.read(consumed(replacing(binary("r-3", "{}"), "ce_type", null), 7));

        assertEquals("unknown", letter.type());
        assertEquals(TOPIC + "-0-7", letter.id());
        assertEquals("kafka:" + TOPIC, letter.source());
        assertEquals("r-3", letter.extensions().get("ce_id"));
        assertArrayEquals(utf8("{}"), letter.data());
    }

    @Test
    void headerWithoutAValueIsKeptAsEmptyText() {
        ProducerRecord<byte[], byte[]> sent = binary("r-5", "{}");
        sent.headers().add("ce_traceparent", null);

        assertEquals("", reader.read(consumed(sent, 5)).extensions().get("traceparent"));
    }

    @Test
    void structuredDataBase64IsDecoded() {
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"r-4\",\"source\":\"/s\",\"type\":\"t\","
                + "\"datacontenttype\":\"text/plain\",\"data_base64\":\"aGVsbG8=\"}";
        ProducerRecord<byte[], byte[]> sent = new ProducerRecord<>(TOPIC, utf8(envelope));
        sent.headers().add("content-type", utf8("application/cloudevents+json"));
        DeadLetter letter = reader.read(consumed(sent, 3));

        assertEquals("r-4", letter.id());
        assertEquals("text/plain", letter.datacontenttype());
        assertArrayEquals(utf8("hello"), letter.data());
    }

    @Test
    void structuredEnvelopeThatIsNotJsonIsUnknown() {
        ProducerRecord<byte[], byte[]> sent = new ProducerRecord<>(TOPIC, utf8("{broken"));
        sent.headers().add("content-type", utf8("application/cloudevents+json"));

        assertEquals("unknown", reader.read(consumed(sent, 4)).type());
    }
}
