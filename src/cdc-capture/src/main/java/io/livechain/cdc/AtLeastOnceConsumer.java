package io.livechain.cdc;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.Header;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands each batch of the engine to the sink and marks its records processed only after the sink
 * has acknowledged all of them. A failed send marks nothing: the exception stops the engine, whose
 * offset store then holds only delivered records, so a restart sends the failed ones again.
 */
final class AtLeastOnceConsumer implements DebeziumEngine.ChangeConsumer<ChangeEvent<String, String>> {

    private final RecordSink sink;
    private final CaptureProgress progress;
    // Fair: a waiting stop() gets the lock before the next batch, even when batches follow back to back.
    private final ReentrantLock inBatch = new ReentrantLock(true);

    AtLeastOnceConsumer(RecordSink sink, CaptureProgress progress) {
        this.sink = sink;
        this.progress = progress;
    }

    @Override
    public void handleBatch(
            List<ChangeEvent<String, String>> events,
            DebeziumEngine.RecordCommitter<ChangeEvent<String, String>> committer)
            throws InterruptedException {
        inBatch.lockInterruptibly();
        try {
            deliver(events, committer);
        } finally {
            inBatch.unlock();
        }
    }

    /**
     * Runs the action once no batch is in flight, keeping new batches out meanwhile (waits at most
     * maxWait, then runs it anyway). The engine interrupts the batch thread when it is closed: closing
     * it from here lets the batch in hand be delivered and marked first.
     */
    void whenIdle(Duration maxWait, Runnable action) throws InterruptedException {
        boolean idle = inBatch.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        try {
            action.run();
        } finally {
            if (idle) {
                inBatch.unlock();
            }
        }
    }

    private void deliver(
            List<ChangeEvent<String, String>> events,
            DebeziumEngine.RecordCommitter<ChangeEvent<String, String>> committer)
            throws InterruptedException {
        List<ChangeRecord> records = new ArrayList<>(events.size());
        for (ChangeEvent<String, String> event : events) {
            if (event.value() != null) { // tombstones are not forwarded, only committed
                records.add(toRecord(event));
            }
        }
        try {
            sink.send(records);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // Not a Kafka Connect RetriableException: the engine stops instead of polling on.
            throw new SinkFailedException("sink failed, " + records.size() + " records left uncommitted", e);
        }
        for (ChangeEvent<String, String> event : events) {
            committer.markProcessed(event);
        }
        committer.markBatchFinished();
        progress.delivered(records);
    }

    private static ChangeRecord toRecord(ChangeEvent<String, String> event) {
        List<ChangeRecord.Header> headers = new ArrayList<>();
        for (Header<Object> header : event.<Object>headers()) {
            Object value = header.getValue();
            String text =
                    value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
            headers.add(new ChangeRecord.Header(header.getKey(), text));
        }
        return new ChangeRecord(event.destination(), event.key(), event.value(), List.copyOf(headers));
    }

    static final class SinkFailedException extends RuntimeException {
        SinkFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
