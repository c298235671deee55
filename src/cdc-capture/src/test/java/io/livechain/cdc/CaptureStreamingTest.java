package io.livechain.cdc;

import static io.livechain.cdc.TestCaptures.id;
import static io.livechain.cdc.TestCaptures.json;
import static io.livechain.cdc.TestPostgres.insertReceipt;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Snapshot of existing rows, then streamed insert/update/delete, as the sink receives them. */
class CaptureStreamingTest {

    private static final String TOPIC = "legacy_wms.public.goods_receipts";
    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void snapshotThenStreamedChangesArriveWithTopicKeyValueAndHeader() throws Exception {
        String db = "legacy_wms";
        postgres.createLegacyWms(db);
        postgres.execute(db, insertReceipt(1), insertReceipt(2));
        Path offsets = Files.createTempDirectory(Path.of("target"), "offsets-").resolve("offsets.dat");
        FakeSink sink = new FakeSink();

        try (TestCaptures.Running capture =
                new TestCaptures.Running(TestCaptures.config(postgres, db, offsets), sink)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> sink.received.size() == 2);
            List<ChangeRecord> snapshot = List.copyOf(sink.received);
            assertEquals(
                    List.of("r", "r"), snapshot.stream().map(TestCaptures::op).toList());
            ChangeRecord first = snapshot.get(0);
            assertEquals(TOPIC, first.topic());
            assertEquals("{\"id\":1}", first.key());
            assertEquals(List.of(new ChangeRecord.Header("content-type", "application/json")), first.headers());
            JsonNode value = json(first.value());
            assertEquals("1.500", value.path("after").path("quantity").asText(), "numeric as string");
            assertTrue(value.path("after").path("quantity").isTextual());
            assertEquals(
                    Instant.parse("2026-03-01T08:16:00Z"),
                    Instant.parse(value.path("after").path("received_at").asText()),
                    "timestamptz as ISO-8601 string");
            assertEquals("SKU-1", value.path("after").path("sku").asText());
            assertEquals("public", value.path("source").path("schema").asText());
            assertEquals("goods_receipts", value.path("source").path("table").asText());
            assertTrue(value.path("before").isNull());
            assertTrue(value.has("ts_ms"));
            assertEquals(
                    "last",
                    json(snapshot.get(1).value())
                            .path("source")
                            .path("snapshot")
                            .asText());

            postgres.execute(
                    db,
                    insertReceipt(3),
                    "UPDATE goods_receipts SET quantity = 7.25 WHERE id = 1",
                    "DELETE FROM goods_receipts WHERE id = 2");
            await().atMost(Duration.ofSeconds(15)).until(() -> sink.received.size() == 5);

            List<ChangeRecord> streamed = sink.received.subList(2, 5);
            assertEquals(
                    List.of("c", "u", "d"),
                    streamed.stream().map(TestCaptures::op).toList());
            assertEquals(
                    List.of(3L, 1L, 2L), streamed.stream().map(TestCaptures::id).toList());
            streamed.forEach(r -> {
                assertEquals(TOPIC, r.topic());
                assertEquals("application/json", r.header("content-type"));
            });
            JsonNode insert = json(streamed.get(0).value());
            assertTrue(insert.path("source").path("lsn").asLong() > 0, "streamed events carry the LSN");
            assertEquals(
                    "7.250",
                    json(streamed.get(1).value()).path("after").path("quantity").asText());
            JsonNode delete = json(streamed.get(2).value());
            assertTrue(delete.path("after").isNull());
            assertEquals(2, delete.path("before").path("id").asLong());
            assertEquals(1, id(streamed.get(1)));

            assertTrue(capture.stop(), "a requested stop is not a failure");
        }
    }
}
