package io.livechain.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts delivered records, notices the end of the snapshot and logs a short progress line. */
final class CaptureProgress {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureProgress.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long startNanos = System.nanoTime();
    private final AtomicLong delivered = new AtomicLong();
    private volatile boolean streaming;
    private long snapshotRecords;
    private long lastReported;
    private long lastReportNanos = startNanos;

    /** Called by the engine's (single) batch thread after a batch was delivered. */
    void delivered(List<ChangeRecord> records) {
        delivered.addAndGet(records.size());
        for (int i = 0; i < records.size() && !streaming; i++) {
            watchSnapshot(records.get(i));
        }
    }

    // Only read until streaming starts: the snapshot's "r" records carry source.snapshot, the last one "last".
    private void watchSnapshot(ChangeRecord record) {
        JsonNode value;
        try {
            value = JSON.readTree(record.value());
        } catch (Exception e) {
            return;
        }
        boolean read = "r".equals(value.path("op").asText());
        if (read) {
            snapshotRecords++;
        }
        if (read && !"last".equals(value.path("source").path("snapshot").asText())) {
            return;
        }
        streaming = true;
        if (snapshotRecords > 0) {
            LOG.info("Snapshot done: {} rows in {} s; streaming changes", snapshotRecords, secondsSinceStart());
        } else {
            LOG.info("Streaming changes (no snapshot rows), first after {} s", secondsSinceStart());
        }
    }

    /** Called every few seconds: one line only if records flowed since the last one. */
    void report() {
        long total = delivered.get();
        long now = System.nanoTime();
        long sinceLast = total - lastReported;
        if (sinceLast > 0) {
            double seconds = (now - lastReportNanos) / 1e9;
            LOG.info(
                    "Delivered {} records (+{} in {} s, {}/s)",
                    total,
                    sinceLast,
                    Math.round(seconds),
                    Math.round(sinceLast / seconds));
        }
        lastReported = total;
        lastReportNanos = now;
    }

    long delivered() {
        return delivered.get();
    }

    String secondsSinceStart() {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }
}
