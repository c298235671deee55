package io.livechain.benchmarks.limits;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Keeps a fixed number of operations in flight for a fixed time (closed loop): the throughput a
 * target sustains at that concurrency. Each operation's latency goes into an HdrHistogram.
 */
final class ClosedLoop {

    /** What one run measured; {@code failed} counts errors and non-2xx answers. */
    record Result(long done, long failed, long nanos, Histogram latencyMicros) {
        double perSecond() {
            return done * 1e9 / nanos;
        }
    }

    private ClosedLoop() {}

    /** Runs {@code operation} (true = success) with {@code concurrency} in flight until {@code duration} ends. */
    static Result run(Vertx vertx, int concurrency, Duration duration, Supplier<Future<Boolean>> operation)
            throws InterruptedException {
        Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        CountDownLatch lanes = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int i = 0; i < concurrency; i++) {
            new Lane(vertx, end, operation, latency, done, failed, lanes).next();
        }
        lanes.await();
        return new Result(done.get(), failed.get(), System.nanoTime() - start, latency);
    }

    private record Lane(
            Vertx vertx,
            long end,
            Supplier<Future<Boolean>> operation,
            Histogram latency,
            AtomicLong done,
            AtomicLong failed,
            CountDownLatch lanes) {

        void next() {
            if (System.nanoTime() >= end) {
                lanes.countDown();
                return;
            }
            long sent = System.nanoTime();
            operation.get().onComplete(outcome -> {
                long micros = (System.nanoTime() - sent) / 1000;
                synchronized (latency) {
                    latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                }
                boolean ok = outcome.succeeded() && outcome.result();
                (ok ? done : failed).incrementAndGet();
                // A failure may complete at once: continue on the event loop, not deeper in this stack.
                if (ok) {
                    next();
                } else {
                    vertx.setTimer(1, t -> next());
                }
            });
        }
    }
}
