package io.livechain.cdc;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of the Debezium embedded engine, delivering to a {@link RecordSink}. */
public final class Capture {

    private static final Logger LOG = LoggerFactory.getLogger(Capture.class);
    private static final long PROGRESS_EVERY_SECONDS = 10;

    private final CaptureConfig config;
    private final CaptureProgress progress = new CaptureProgress();
    private final AtLeastOnceConsumer consumer;
    private final DebeziumEngine<ChangeEvent<String, String>> engine;
    private volatile Throwable failure;
    private volatile boolean failed;

    public Capture(CaptureConfig config, RecordSink sink) {
        this.config = config;
        this.consumer = new AtLeastOnceConsumer(sink, progress);
        // JSON key, value and headers as strings; the converters are configured by debezium.format.*.
        this.engine = DebeziumEngine.create(Json.class, Json.class, Json.class)
                .using(config.engineProperties())
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                        LOG.info(
                                "Capture started: {}@{}:{}/{}, slot {}, after {} s",
                                config.source("database.user", "?"),
                                config.source("database.hostname", "?"),
                                config.source("database.port", "5432"),
                                config.source("database.dbname", "?"),
                                config.source("slot.name", "debezium"),
                                progress.secondsSinceStart());
                    }
                })
                .using((success, message, error) -> {
                    if (!success) {
                        failed = true;
                        failure = error;
                        // The engine has logged the stack trace already.
                        LOG.error(
                                "Capture failed: {}",
                                rootCause(error != null ? error : new IllegalStateException(message)));
                    }
                })
                .notifying(consumer)
                .build();
    }

    /** Runs until {@link #stop()} or a failure; true when it ended without one. */
    public boolean run() {
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "capture-progress");
            thread.setDaemon(true);
            return thread;
        });
        reporter.scheduleAtFixedRate(
                progress::report, PROGRESS_EVERY_SECONDS, PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS);
        try {
            engine.run();
        } finally {
            reporter.shutdownNow();
        }
        LOG.info("Capture stopped after {} delivered records", progress.delivered());
        return !failed;
    }

    /** Stops the engine gracefully: the batch in hand is delivered and marked, the offsets flushed. */
    public void stop() {
        try {
            consumer.whenIdle(config.deliveryTimeout().plusSeconds(5), this::closeEngine);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeEngine();
        }
    }

    private void closeEngine() {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                engine.close();
                return;
            } catch (IllegalStateException e) {
                // Refused while the connector task is starting (it opens connections): ask again shortly.
                boolean starting = String.valueOf(e.getMessage()).contains("starting");
                if (!starting || System.nanoTime() > giveUp || !pause()) {
                    LOG.warn("Capture could not be stopped: {}", e.getMessage());
                    return;
                }
            } catch (IOException e) {
                LOG.warn("Capture could not be stopped cleanly: {}", e.toString());
                return;
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? error.toString() : error.getMessage() + ", caused by " + root;
    }

    /** Why the last run failed, if it did. */
    public Throwable failure() {
        return failure;
    }
}
