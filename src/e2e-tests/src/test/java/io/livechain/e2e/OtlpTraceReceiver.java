package io.livechain.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * An OpenTelemetry collector in memory: takes OTLP/HTTP protobuf exports ({@code ExportTraceServiceRequest}
 * at {@code /v1/traces}, gzipped or not) from the functions and keeps every span, with the service that sent it.
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** One span as exported: ids in hex, the sender's {@code service.name}, string attributes. */
    record ReceivedSpan(String service, String traceId, String spanId, String name, Map<String, String> attributes) {}

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpTraceReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::export);
        server.start();
    }

    /** The OTLP endpoint (without the signal's path, which the exporter adds). */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return spans;
    }

    /** Spans by service and name, for a failure's message. */
    String summary() {
        return List.copyOf(spans).stream()
                .collect(Collectors.groupingBy(
                        s -> s.service() + " " + s.name() + " " + s.attributes().keySet(),
                        java.util.TreeMap::new,
                        Collectors.counting()))
                .toString();
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body.readAllBytes());
            request.getResourceSpansList().forEach(this::keep);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        } catch (RuntimeException | Error e) {
            System.err.println("OTLP receiver: cannot read an export: " + e);
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private void keep(ResourceSpans resourceSpans) {
        String service =
                strings(resourceSpans.getResource().getAttributesList()).getOrDefault("service.name", "?");
        for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
            scope.getSpansList()
                    .forEach(span -> spans.add(new ReceivedSpan(
                            service,
                            HEX.formatHex(span.getTraceId().toByteArray()),
                            HEX.formatHex(span.getSpanId().toByteArray()),
                            span.getName(),
                            strings(span.getAttributesList()))));
        }
    }

    private static Map<String, String> strings(List<KeyValue> attributes) {
        return attributes.stream()
                .filter(a -> a.getValue().hasStringValue())
                .collect(Collectors.toMap(KeyValue::getKey, a -> a.getValue().getStringValue(), (a, b) -> b));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
