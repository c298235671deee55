package io.livechain.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The test configuration (capture-test.properties) pointed at a test database, and a running capture. */
final class TestCaptures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestCaptures() {}

    static Properties testProperties() {
        Properties properties = new Properties();
        try (InputStream in = TestCaptures.class.getResourceAsStream("/capture-test.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Overrides as a deployment would set them: environment variables named the MicroProfile way. */
    static Map<String, String> env(TestPostgres postgres, String database, Path offsets) {
        Map<String, String> env = new HashMap<>();
        env.put("DEBEZIUM_SOURCE_DATABASE_PORT", String.valueOf(postgres.port()));
        env.put("DEBEZIUM_SOURCE_DATABASE_DBNAME", database);
        env.put("DEBEZIUM_SOURCE_SLOT_NAME", "slot_" + database);
        env.put("DEBEZIUM_SOURCE_OFFSET_STORAGE_FILE_FILENAME", offsets.toString());
        return env;
    }

    static CaptureConfig config(TestPostgres postgres, String database, Path offsets) {
        return CaptureConfig.from(testProperties(), env(postgres, database, offsets));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String op(ChangeRecord record) {
        return json(record.value()).path("op").asText();
    }

    static long id(ChangeRecord record) {
        return json(record.key()).path("id").asLong();
    }

    /** A capture running on its own thread, as CaptureMain runs it on the main thread; owns the sink. */
    static final class Running implements AutoCloseable {
        final Capture capture;
        private final RecordSink sink;
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final Future<Boolean> outcome;

        Running(CaptureConfig config, RecordSink sink) {
            this.sink = sink;
            capture = new Capture(config, sink);
            outcome = thread.submit(capture::run);
        }

        /** Stops it gracefully and tells whether it ended without failure. */
        boolean stop() throws Exception {
            capture.stop();
            return awaitEnd();
        }

        boolean awaitEnd() throws Exception {
            return outcome.get(20, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            if (!outcome.isDone()) {
                stop();
            }
            thread.shutdownNow();
            sink.close();
        }
    }
}
