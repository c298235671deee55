package io.livechain.cdc;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * {@code java -jar cdc-capture.jar application.properties}: the local stand-in for Debezium Server
 * with its Kafka sink. Exits 0 after SIGTERM/SIGINT (graceful stop), 1 when the capture failed
 * (the caller restarts it; it resumes from the last delivered offset), 2 on a configuration error.
 */
public final class CaptureMain {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureMain.class);

    private CaptureMain() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -jar cdc-capture.jar <application.properties>");
            System.exit(2);
        }
        KafkaRecordSink sink;
        Capture capture;
        try {
            CaptureConfig config = CaptureConfig.load(Path.of(args[0]), System.getenv());
            sink = new KafkaRecordSink(config.producerProperties(), config.deliveryTimeout());
            capture = new Capture(config, sink);
        } catch (Exception e) {
            LOG.error("Configuration {} rejected: {}", args[0], e.toString());
            System.exit(2);
            return;
        }
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                LOG.info("Stopping capture");
                capture.stop();
            }
        };
        // A signal handler (not only a shutdown hook) so that a requested stop can end with exit code 0.
        for (String signal : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(signal), s -> new Thread(stop, "capture-stop").start());
            } catch (IllegalArgumentException e) {
                LOG.debug("SIG{} not handled: {}", signal, e.getMessage());
            }
        }
        // Any other JVM exit (SIGHUP, ...): still stop the engine so that offsets are flushed.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            awaitQuietly(finished);
        }));
        boolean ok = capture.run();
        stopping.set(true); // the engine has ended: nothing left for the hook to stop
        sink.close();
        finished.countDown();
        System.exit(ok ? 0 : 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
