package io.livechain.cdc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Sends each batch with one KafkaProducer and waits for every acknowledgement (acks as configured). */
public final class KafkaRecordSink implements RecordSink {

    private final KafkaProducer<String, String> producer;
    private final Duration deliveryTimeout;

    public KafkaRecordSink(Properties producerProperties, Duration deliveryTimeout) {
        this.producer = new KafkaProducer<>(producerProperties);
        this.deliveryTimeout = deliveryTimeout;
    }

    @Override
    public void send(List<ChangeRecord> records) throws Exception {
        long deadline = System.nanoTime() + deliveryTimeout.toNanos();
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (ChangeRecord record : records) {
            RecordHeaders headers = new RecordHeaders();
            record.headers().forEach(h -> headers.add(h.key(), h.value().getBytes(StandardCharsets.UTF_8)));
            // No partition given: the key's hash picks it, so one row's changes stay in order.
            Future<RecordMetadata> ack = producer.send(
                    new ProducerRecord<>(record.topic(), null, null, record.key(), record.value(), headers));
            // send() itself waits up to max.block.ms when Kafka is unreachable; stop at the first failure.
            if (ack.isDone()) {
                ack.get();
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("batch not sent within " + deliveryTimeout);
            }
            acks.add(ack);
        }
        for (Future<RecordMetadata> ack : acks) {
            // Throws ExecutionException or TimeoutException: the whole batch then counts as not sent.
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10)); // flushes what is still buffered
    }
}
