package io.livechain.cdc;

import static io.livechain.cdc.TestPostgres.insertReceipt;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Restart safety: offsets hold exactly what the sink acknowledged (file offset store). */
class CaptureRestartTest {

    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static Path offsetFile() throws Exception {
        return Files.createTempDirectory(Path.of("target"), "offsets-").resolve("offsets.dat");
    }

    private static List<String> opsAndIds(FakeSink sink) {
        return sink.received.stream()
                .map(r -> TestCaptures.op(r) + TestCaptures.id(r))
                .toList();
    }

    @Test
    void restartResumesAfterTheLastDeliveredRecord() throws Exception {
        String db = "wms_restart";
        postgres.createLegacyWms(db);
        postgres.execute(db, insertReceipt(1), insertReceipt(2));
        Path offsets = offsetFile();
        CaptureConfig config = TestCaptures.config(postgres, db, offsets);

        FakeSink before = new FakeSink();
        try (TestCaptures.Running capture = new TestCaptures.Running(config, before)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> before.received.size() == 2);
            postgres.execute(db, insertReceipt(3));
            await().atMost(Duration.ofSeconds(15)).until(() -> before.received.size() == 3);
            assertTrue(capture.stop());
        }
        assertEquals(List.of("r1", "r2", "c3"), opsAndIds(before));

        // Written while the capture is down: kept by the replication slot.
        postgres.execute(
                db, insertReceipt(4), "UPDATE goods_receipts SET sku = 'SKU-4b' WHERE id = 4", insertReceipt(5));

        FakeSink after = new FakeSink();
        long restart = System.nanoTime();
        try (TestCaptures.Running capture = new TestCaptures.Running(config, after)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> after.received.size() >= 3);
            System.err.printf("restart to first streamed records: %.1f s%n", (System.nanoTime() - restart) / 1e9);
            postgres.execute(db, insertReceipt(6));
            await().atMost(Duration.ofSeconds(15)).until(() -> after.received.size() >= 4);
            assertTrue(capture.stop());
        }
        // No second snapshot, nothing delivered twice, nothing lost.
        assertEquals(List.of("c4", "u4", "c5", "c6"), opsAndIds(after));
    }

    @Test
    void failedBatchIsNotCommittedAndIsSentAgainAfterRestart() throws Exception {
        String db = "wms_failure";
        postgres.createLegacyWms(db);
        postgres.execute(db, insertReceipt(1), insertReceipt(2));
        Path offsets = offsetFile();
        CaptureConfig config = TestCaptures.config(postgres, db, offsets);

        FakeSink failing = new FakeSink(r -> TestCaptures.id(r) == 3);
        try (TestCaptures.Running capture = new TestCaptures.Running(config, failing)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> failing.received.size() == 2);
            postgres.execute(db, insertReceipt(3));
            assertFalse(capture.awaitEnd(), "a sink failure ends the capture as failed (exit 1)");
            assertTrue(
                    hasCause(capture.capture.failure(), "fake sink down"), String.valueOf(capture.capture.failure()));
        }
        assertEquals(List.of("r1", "r2"), opsAndIds(failing));

        FakeSink healthy = new FakeSink();
        try (TestCaptures.Running capture = new TestCaptures.Running(config, healthy)) {
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> healthy.received.stream().anyMatch(r -> TestCaptures.id(r) == 3));
            assertTrue(capture.stop());
        }
        // The refused record comes again; the acknowledged snapshot does not.
        assertEquals(List.of("c3"), opsAndIds(healthy));
    }

    private static boolean hasCause(Throwable error, String message) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(message)) {
                return true;
            }
        }
        return false;
    }
}
