package io.livechain.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Reading-to-webhook latency: sends hard-limit temperature readings for distinct assets through the
 * broker ingress and times each until notify's webhook channel receives its alert. The local stack
 * must run with a webhook channel at this receiver (see README, Benchmarks).
 */
final class ColdChainLatency {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Histogram latencyMicros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    private CountDownLatch pending;

    void run(URI ingress, int port, int readings, int concurrency, String run) throws Exception {
        pending = new CountDownLatch(readings);
        HttpServer webhook = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        webhook.createContext("/", exchange -> {
            received(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhook.start();
        try {
            LoadGenerator.Result ingressResult = new LoadGenerator().run(ingress, readings, concurrency, i -> {
                pace();
                String asset = "bench-" + run + "-" + i;
                sentAt.put(asset, System.nanoTime());
                return new LoadGenerator.Event("r-" + asset, "io.livechain.sensor.reading.v1", """
                        {"deviceId": "bench", "assetId": "%s", "metric": "temperature", "value": 30, "unit": "CEL",
                         "time": "2026-11-20T06:00:00Z", "profile": "refrigerated"}""".formatted(asset));
            });
            if (!pending.await(5, TimeUnit.MINUTES)) {
                System.out.println("not every alert arrived: " + pending.getCount() + " missing");
            }
            System.out.println(ingressResult.summary("baseline ingress (202)"));
            System.out.printf(
                    "%-28s %7d alerts  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
                    "reading → webhook",
                    latencyMicros.getTotalCount(),
                    latencyMicros.getValueAtPercentile(50) / 1000.0,
                    latencyMicros.getValueAtPercentile(99) / 1000.0,
                    latencyMicros.getMaxValue() / 1000.0);
            System.out.printf(
                    "ratio p50 reading→webhook / p50 ingress: %.1f%n",
                    latencyMicros.getValueAtPercentile(50)
                            / (double) ingressResult.latencyMicros().getValueAtPercentile(50));
        } finally {
            webhook.stop(0);
        }
    }

    /** Spaces readings {@code livechain.pause-ms} apart (default 0: as fast as the ingress takes them). */
    private static void pace() {
        long pause = Long.getLong("livechain.pause-ms", 0);
        if (pause > 0) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void received(byte[] body) throws IOException {
        JsonNode event = JSON.readTree(body);
        if (!"io.livechain.alert.raised.v1".equals(event.path("type").asText())) {
            return;
        }
        Long sent = sentAt.remove(event.path("data").path("assetId").asText());
        if (sent != null) {
            synchronized (latencyMicros) {
                latencyMicros.recordValue((System.nanoTime() - sent) / 1000);
            }
            pending.countDown();
        }
    }
}
