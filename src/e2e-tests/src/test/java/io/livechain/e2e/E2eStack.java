package io.livechain.e2e;

import static io.restassured.RestAssured.given;

import io.livechain.localstack.LocalStack;
import io.livechain.localstack.LocalStackConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The local stack, started once per test JVM on free ports with its data under target/, driven by
 * the real knative/ manifests plus test Triggers that route to {@link RecordingSubscriber}s.
 */
final class E2eStack {

    static final String FLAKY_TYPE = "io.livechain.e2e.flaky.v1";
    static final String REFUSED_TYPE = "io.livechain.e2e.refused.v1";
    static final String REPLAY_SOURCE = "/e2e/replay";
    static final String HANGING_TYPE = "io.livechain.e2e.hanging.v1";
    /** Far above what the other tests send from one source; BrokerIngressE2eTest floods past it. */
    static final int RATE_LIMIT_PER_SOURCE = 500;
    /** The hanging subscriber's Trigger gives each attempt this long (its {@code delivery.timeout}). */
    static final Duration HANGING_TIMEOUT = Duration.ofSeconds(5);

    private static final java.util.Random RANDOM = new java.util.Random();
    private static final java.util.Set<Integer> CHOSEN = new java.util.HashSet<>();
    private static E2eStack instance;

    final LocalStack stack;
    /** The stack's data folder (its .local-stack): logs, keys, the token file. */
    final Path data;

    final RecordingSubscriber chainRecorder;
    final RecordingSubscriber flaky;
    /** Subscriber of the CloudEvents SDK's conformance events ({@code io.cloudevents.core.test.Data}). */
    final RecordingSubscriber conformance;
    /** The on-call team's webhook, as notify's channel. */
    final RecordingSubscriber oncall;
    /** Refuses every event (503), so each ends at the dead-letter sink given by {@code uri}. */
    final RecordingSubscriber refusing;
    /** A dead-letter sink that is a plain {@code uri}, not a KafkaSink. */
    final RecordingSubscriber uriDeadLetters;
    /** Refuses movements from {@link #REPLAY_SOURCE} until fixed, so they end in read-api's dead letters. */
    final RecordingSubscriber replayTarget;
    /** Notify's Slack and PagerDuty channels, whose URL token and routing key must never reach a log. */
    final RecordingSubscriber secretChannels;
    /** Stands for a Slack webhook's secret path and a PagerDuty integration key. */
    static final String SLACK_SECRET = "T0E2E/B0E2E/e2eSlackSecretToken";

    static final String PAGERDUTY_ROUTING_KEY = "e2ePagerDutyRoutingKeySecret";

    /** Answers only after a minute, far beyond its Trigger's timeout: its events time out, then dead-letter. */
    final RecordingSubscriber hanging;

    /** Every function's traces: tracing is on in this stack, exported here (OTLP/HTTP). */
    final OtlpTraceReceiver traces;

    /** Positions with a reorder point of {@value #TRACED_REORDER_POINT}: a first scan below it raises low stock. */
    static final List<String> TRACED_POSITIONS = List.of("E2E-TRACE-1|DC-TRACE", "E2E-TRACE-2|DC-TRACE");

    static final int TRACED_REORDER_POINT = 10;

    private E2eStack() throws IOException {
        chainRecorder = new RecordingSubscriber(0);
        flaky = new RecordingSubscriber(2);
        oncall = new RecordingSubscriber(0);
        conformance = new RecordingSubscriber(0);
        refusing = new RecordingSubscriber(Integer.MAX_VALUE);
        uriDeadLetters = new RecordingSubscriber(0);
        replayTarget = new RecordingSubscriber(Integer.MAX_VALUE);
        hanging = RecordingSubscriber.hanging(Duration.ofMinutes(1));
        secretChannels = new RecordingSubscriber(0);
        traces = new OtlpTraceReceiver();
        Path target = Path.of("target").toAbsolutePath();
        // One folder per start: a previous one still shutting down stops its PostgreSQL by data folder,
        // and a failed start keeps its logs.
        data = target.resolve("e2e-stack-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000);
        deleteRecursively(data);
        Path manifests = Files.createDirectories(target.resolve("e2e-manifests"));
        Files.writeString(manifests.resolve("test-triggers.yaml"), testTriggers());
        LocalStackConfig config = LocalStackConfig.fromEnvironment()
                .withDataDir(data)
                .withPorts(freePort(), freePortPair(), freePort(), freePortRange(8))
                .withExtraManifests(List.of(manifests))
                .withRateLimitPerSource(RATE_LIMIT_PER_SOURCE)
                .withFunctionProperties(functionProperties());
        stack = LocalStack.start(config, Duration.ofMinutes(3));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** What a user's local-stack.properties would say: notify's channels, tracing, reorder points. */
    private Map<String, String> functionProperties() {
        Map<String, String> properties = new java.util.LinkedHashMap<>(Map.of(
                "livechain.notify.channels.oncall.kind",
                "webhook",
                "livechain.notify.channels.oncall.url",
                oncall.url(),
                "livechain.notify.channels.team-slack.kind",
                "slack",
                "livechain.notify.channels.team-slack.url",
                secretChannels.url() + "services/" + SLACK_SECRET,
                "livechain.notify.channels.team-slack.types",
                "io.livechain.alert.raised.v1",
                "livechain.notify.channels.team-pagerduty.kind",
                "pagerduty",
                "livechain.notify.channels.team-pagerduty.url",
                secretChannels.url() + "v2/enqueue",
                "livechain.notify.channels.team-pagerduty.routing-key",
                PAGERDUTY_ROUTING_KEY,
                "livechain.notify.channels.team-pagerduty.types",
                "io.livechain.alert.raised.v1"));
        // Tracing switched on as a developer would, towards the in-memory collector; spans go out every 200 ms.
        properties.put("quarkus.otel.sdk.disabled", "false");
        properties.put("quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint());
        properties.put("quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
        properties.put("quarkus.otel.bsp.schedule.delay", "PT0.2S");
        TRACED_POSITIONS.forEach(position -> properties.put(
                "livechain.threshold.reorder-points.\"" + position + "\"", Integer.toString(TRACED_REORDER_POINT)));
        return properties;
    }

    static synchronized E2eStack get() {
        if (instance == null) {
            try {
                instance = new E2eStack();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String url() {
        return stack.url();
    }

    /** A request to the read API through the gateway, with the local stack's bearer token (every role). */
    RequestSpecification api() {
        return given().baseUri(url()).auth().oauth2(stack.token());
    }

    /** The last port of the sample network on a route after its origin: where congestion reroutes it. */
    String lastPortAfterOrigin(java.util.List<String> facilityIds) {
        java.util.Map<String, String> kinds = io.restassured.path.json.JsonPath.from(api().get("/api/network")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getMap("facilities.collectEntries { [it.id, it.kind] }");
        return facilityIds.stream()
                .skip(1)
                .filter(f -> "port".equals(kinds.get(f)))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no port after the origin on " + facilityIds));
    }

    private void stop() {
        stack.close();
        chainRecorder.close();
        flaky.close();
        oncall.close();
        conformance.close();
        refusing.close();
        uriDeadLetters.close();
        replayTarget.close();
        hanging.close();
        secretChannels.close();
        traces.close();
    }

    private String testTriggers() {
        return """
                apiVersion: eventing.knative.dev/v1
                kind: Trigger
                metadata: {name: e2e-chain-recorder, namespace: livechain}
                spec:
                  broker: default
                  filters: [{prefix: {type: io.livechain.inventory.}}]
                  subscriber: {uri: "%s"}
                  delivery: {retry: 2, backoffPolicy: linear, backoffDelay: PT0.1S}
                ---
                apiVersion: eventing.knative.dev/v1
                kind: Trigger
                metadata: {name: e2e-flaky, namespace: livechain}
                spec:
                  broker: default
                  filters: [{exact: {type: %s}}]
                  subscriber: {uri: "%s"}
                  delivery:
                    retry: 3
                    backoffPolicy: linear
                    backoffDelay: PT0.1S
                    deadLetterSink: {ref: {apiVersion: eventing.knative.dev/v1alpha1, kind: KafkaSink, name: livechain-deadletters}}
                ---
                apiVersion: eventing.knative.dev/v1
                kind: Trigger
                metadata: {name: e2e-conformance, namespace: livechain}
                spec:
                  broker: default
                  filter: {attributes: {type: %s}}
                  subscriber: {uri: "%s"}
                ---
                apiVersion: eventing.knative.dev/v1
                kind: Trigger
                metadata: {name: e2e-uri-dead-letters, namespace: livechain}
                spec:
                  broker: default
                  filters: [{exact: {type: %s}}]
                  subscriber: {uri: "%s"}
                  delivery: {retry: 1, backoffPolicy: linear, backoffDelay: PT0.1S, deadLetterSink: {uri: "%s"}}
                ---
                apiVersion: eventing.knative.dev/v1
                kind: Trigger
                metadata: {name: e2e-replay-target, namespace: livechain}
                spec:
                  broker: default
                  filters: [{exact: {type: io.livechain.inventory.movement.v1, source: %s}}]
                  subscriber: {uri: "%s"}
                  delivery:
                    retry: 1
                    backoffPolicy: linear
                    backoffDelay: PT0.1S
                    deadLetterSink: {ref: {apiVersion: eventing.knative.dev/v1alpha1, kind: KafkaSink, name: livechain-deadletters}}
                ---
                apiVersion: eventing.knative.dev/v1
                kind: Trigger
                metadata: {name: e2e-hanging, namespace: livechain}
                spec:
                  broker: default
                  filters: [{exact: {type: %s}}]
                  subscriber: {uri: "%s"}
                  delivery: {retry: 1, backoffPolicy: linear, backoffDelay: PT0.1S, timeout: %s, deadLetterSink: {uri: "%s"}}
                """.formatted(
                        chainRecorder.url(),
                        FLAKY_TYPE,
                        flaky.url(),
                        io.cloudevents.core.test.Data.TYPE,
                        conformance.url(),
                        REFUSED_TYPE,
                        refusing.url(),
                        uriDeadLetters.url(),
                        REPLAY_SOURCE,
                        replayTarget.url(),
                        HANGING_TYPE,
                        hanging.url(),
                        HANGING_TIMEOUT,
                        uriDeadLetters.url());
    }

    private static int freePort() throws IOException {
        return freePortRange(1);
    }

    /** A free port whose successor is free too (Kafka's broker and controller listeners). */
    private static int freePortPair() throws IOException {
        return freePortRange(2);
    }

    /**
     * Consecutive free ports below the kernel's ephemeral range (32768 and up on Linux): ports from
     * that range can be taken by any outgoing connection (the functions' own clients to Kafka and
     * PostgreSQL) between choosing a port and a function binding it.
     */
    private static int freePortRange(int size) throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = 20_000 + RANDOM.nextInt(12_000);
            if (allFree(first, size)) {
                // Nothing binds these until the stack starts: remember them, so no later choice overlaps.
                for (int port = first; port < first + size; port++) {
                    CHOSEN.add(port);
                }
                return first;
            }
        }
        throw new IOException("no " + size + " consecutive free ports");
    }

    private static boolean allFree(int first, int size) {
        for (int port = first; port < first + size; port++) {
            if (CHOSEN.contains(port)) {
                return false;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
