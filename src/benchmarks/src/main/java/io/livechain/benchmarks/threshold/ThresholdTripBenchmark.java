package io.livechain.benchmarks.threshold;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Posts one asset's trip of temperature readings (1 Hz event times, in order, a few excursions and
 * one hard-limit spike) straight to the threshold function as binary CloudEvents, one at a time, and
 * prints the latency of each bucket of readings: flat figures mean a reading's cost does not grow
 * with the trip. Needs a running threshold (with its PostgreSQL and a sink that takes its alerts).
 *
 * <p>Options: {@code -Dlivechain.threshold-port} (18084), {@code -Dlivechain.threshold-readings}
 * (100000), {@code -Dlivechain.threshold-bucket} (10000).
 */
public final class ThresholdTripBenchmark {

    private static final String READING = "io.livechain.sensor.reading.v1";
    private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");
    /** An excursion (9.5 °C, 40 min) every this many readings; the first raises excursion, the second cumulative. */
    private static final int EXCURSION_EVERY = 20_000;

    private static final int EXCURSION_LENGTH = 2_400;
    private static final int HARD_LIMIT_AT = 55_555;

    private ThresholdTripBenchmark() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("livechain.threshold-port", 18084);
        int readings = Integer.getInteger("livechain.threshold-readings", 100_000);
        int bucket = Integer.getInteger("livechain.threshold-bucket", 10_000);
        URI target = URI.create("http://localhost:" + port + "/");
        String trip = "bench-" + System.currentTimeMillis();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();

        System.out.printf(
                "threshold trip benchmark: %d readings of asset %s to %s, buckets of %d%n",
                readings, trip, target, bucket);
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        long failures = 0;
        long start = System.nanoTime();
        long bucketStart = start;
        for (int i = 0; i < readings; i++) {
            long sent = System.nanoTime();
            HttpResponse<Void> response = client.send(request(target, trip, i), HttpResponse.BodyHandlers.discarding());
            latency.recordValue(Math.min((System.nanoTime() - sent) / 1000, latency.getHighestTrackableValue()));
            if (response.statusCode() / 100 != 2) {
                failures++;
            }
            if ((i + 1) % bucket == 0 || i + 1 == readings) {
                long now = System.nanoTime();
                System.out.printf(
                        Locale.ROOT,
                        "readings %6d-%6d  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  %7.0f /s  failures %d%n",
                        i + 1 - latency.getTotalCount(),
                        i + 1,
                        ms(latency, 50),
                        ms(latency, 99),
                        latency.getMaxValue() / 1000.0,
                        latency.getTotalCount() / ((now - bucketStart) / 1e9),
                        failures);
                latency.reset();
                bucketStart = now;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "total %d readings in %.1f s: %.0f readings/s, failures %d%n",
                readings,
                seconds,
                readings / seconds,
                failures);
    }

    private static HttpRequest request(URI target, String trip, int i) {
        return HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("ce-specversion", "1.0")
                .header("ce-id", trip + "-" + i)
                .header("ce-source", "/livechain/benchmarks/threshold")
                .header("ce-type", READING)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(reading(trip, i)))
                .build();
    }

    private static String reading(String trip, int i) {
        return """
                {"deviceId": "dev-%s", "assetId": "%s", "shipmentId": "shp-%s", "metric": "temperature", \
                "value": %s, "unit": "CEL", "time": "%s", "profile": "refrigerated"}""".formatted(trip, trip, trip, celsius(i), START.plusSeconds(i));
    }

    /** 4.0–6.9 °C, with 40-minute excursions at 9.5 °C and one reading beyond the hard limit. */
    static String celsius(int i) {
        if (i == HARD_LIMIT_AT) {
            return "16.0";
        }
        if (i % EXCURSION_EVERY >= EXCURSION_EVERY - EXCURSION_LENGTH) {
            return "9.5";
        }
        return "%d.%d".formatted(4 + i % 3, i % 10);
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
