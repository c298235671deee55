package io.livechain.localstack.knative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the deployable manifests in knative/ against each other and against the event catalogue. */
class KnativeManifestsTest {

    private static final Path KNATIVE = Path.of("../../knative");
    /** Devices, feeds and partners send through gateways in this namespace (knative/policies/broker.yaml). */
    private static final String EDGE_SENDERS = "system:serviceaccount:livechain-edge:*";

    private final Manifests manifests = Manifests.load(List.of(KNATIVE));

    /** The types each Trigger takes, from its exact {@code type} filters. */
    private Map<TriggerSpec, Set<String>> filteredTypes() {
        return manifests.ofKind("Trigger").stream()
                .collect(Collectors.toMap(t -> TriggerSpec.from(t, manifests), KnativeManifestsTest::exactTypes));
    }

    private static Set<String> exactTypes(JsonNode trigger) {
        Set<String> types = new java.util.HashSet<>();
        trigger.path("spec").path("filters").forEach(f -> {
            if (f.path("exact").hasNonNull("type")) {
                types.add(f.path("exact").path("type").asText());
            }
        });
        JsonNode attributes = trigger.path("spec").path("filter").path("attributes");
        if (attributes.hasNonNull("type")) {
            types.add(attributes.path("type").asText());
        }
        return types;
    }

    @Test
    void everyTriggerSubscriberIsAServiceInTheManifests() {
        List<String> services = manifests.serviceNames();
        for (TriggerSpec trigger : manifests.triggers()) {
            assertTrue(trigger.subscriberService().isPresent(), trigger.name() + " names no Service");
            assertTrue(
                    services.contains(trigger.subscriberService().get()),
                    trigger.name() + " → " + trigger.subscriberService().get() + " is no Service in knative/");
        }
    }

    @Test
    void everyFilteredTypeIsInTheCatalogue() {
        filteredTypes().forEach((trigger, types) -> {
            assertFalse(types.isEmpty(), trigger.name() + " filters on no type");
            types.forEach(type -> assertTrue(
                    EventType.of(type).isPresent(),
                    trigger.name() + " filters on " + type + ", which is not in the event catalogue"));
        });
    }

    @Test
    void everyTypeAFunctionProducesIsRoutedOrTerminal() {
        List<String> services = manifests.serviceNames();
        Set<String> routed =
                filteredTypes().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        for (EventType type : EventType.values()) {
            if (type.producers().stream().anyMatch(services::contains) && !type.terminal()) {
                assertTrue(
                        routed.contains(type.type()),
                        type.type() + " is produced by " + type.producers()
                                + " but no Trigger routes it (mark it terminal in the catalogue if that is intended)");
            }
        }
    }

    @Test
    void everyDeployedCatalogueConsumerHasATriggerForItsType() {
        List<String> services = manifests.serviceNames();
        Map<TriggerSpec, Set<String>> triggers = filteredTypes();
        List<String> missing = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String consumer : type.consumers()) {
                boolean routed = triggers.entrySet().stream()
                        .anyMatch(t -> t.getValue().contains(type.type())
                                && t.getKey().subscriberService().orElse("").equals(consumer));
                if (services.contains(consumer) && !routed) {
                    missing.add(type.type() + " → " + consumer);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyTriggerDeadLettersIntoAKafkaSinkOfTheManifests() {
        for (TriggerSpec trigger : manifests.triggers()) {
            String sink = trigger.delivery().deadLetterSink().orElseThrow(() -> new AssertionError(trigger.name()));
            assertFalse(manifests.kafkaSinkTopic(sink).isBlank());
            assertTrue(trigger.delivery().retry() > 0, trigger.name() + " never retries");
        }
    }

    @Test
    void everyDeadLetterSinkTopicIsReadByAKafkaSourceIntoAService() {
        Set<String> deadLetterTopics = manifests.triggers().stream()
                .flatMap(t -> t.delivery().deadLetterSink().stream())
                .map(manifests::kafkaSinkTopic)
                .collect(Collectors.toSet());
        assertFalse(deadLetterTopics.isEmpty());
        for (String topic : deadLetterTopics) {
            List<KafkaSourceSpec> readers = manifests.kafkaSources().stream()
                    .filter(s -> s.topics().contains(topic))
                    .toList();
            assertEquals(1, readers.size(), topic + " must be read by exactly one KafkaSource");
            KafkaSourceSpec source = readers.get(0);
            assertTrue(manifests.serviceNames().contains(source.sinkService().orElse("")), source.name());
            assertFalse(source.consumerGroup().isBlank(), source.name());
            assertTrue(source.delivery().retry() > 0, source.name() + " never retries");
            // Dead letters of dead letters would go round in circles.
            assertTrue(source.delivery().deadLetterSink().isEmpty(), source.name());
        }
    }

    /**
     * Tracing is off in the build (nothing per request when unconfigured); every Service switches it on
     * and names the collector, and its module has the extension that reads those settings.
     */
    @Test
    void everyServiceSendsTracesToTheCollector() throws Exception {
        for (JsonNode service : manifests.ofKind("Service")) {
            String name = service.path("metadata").path("name").asText();
            Map<String, String> env = ServiceSpec.from(service).env();
            assertEquals("false", env.get("QUARKUS_OTEL_SDK_DISABLED"), name + " does not switch tracing on");
            String endpoint = env.getOrDefault("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "");
            assertTrue(endpoint.matches("https?://[^/]+:\\d+/?"), name + " names no OTLP collector: " + endpoint);
            assertTrue(
                    Files.readString(Path.of("../../functions", name, "pom.xml"))
                            .contains("<artifactId>quarkus-opentelemetry</artifactId>"),
                    name + " has no quarkus-opentelemetry");
            assertTrue(
                    Files.readString(Path.of("../../functions", name, "src/main/resources/application.properties"))
                            .contains("quarkus.otel.sdk.disabled=true"),
                    name + " traces unless configured");
        }
    }

    @Test
    void everyServiceScalesToZeroAndProbesHealth() throws Exception {
        for (JsonNode service : manifests.ofKind("Service")) {
            String name = service.path("metadata").path("name").asText();
            JsonNode template = service.path("spec").path("template");
            JsonNode annotations = template.path("metadata").path("annotations");
            assertTrue(annotations.has("autoscaling.knative.dev/target"), name);
            assertEquals("true", annotations.path("prometheus.io/scrape").asText(), name + " is not scraped");
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText(), name);
            assertTrue(
                    Files.readString(Path.of("../../functions", name, "pom.xml"))
                            .contains("quarkus-micrometer-registry-prometheus"),
                    name + " serves no /q/metrics");
            // Nothing keeps an instance up: dead letters come by KafkaSource, not an in-process consumer.
            assertEquals(
                    "0", annotations.path("autoscaling.knative.dev/min-scale").asText("0"), name);
            JsonNode container = template.path("spec").path("containers").get(0);
            assertTrue(
                    container.path("env").toString().contains("QUARKUS_LOG_CONSOLE_JSON_ENABLED")
                            && Files.readString(Path.of("../../functions", name, "pom.xml"))
                                    .contains("quarkus-logging-json"),
                    name + " cannot switch to JSON logs");
            assertEquals(
                    "/q/health/ready",
                    container
                            .path("readinessProbe")
                            .path("httpGet")
                            .path("path")
                            .asText(),
                    name);
            assertEquals(
                    "/q/health/live",
                    container.path("livenessProbe").path("httpGet").path("path").asText(),
                    name);
            assertTrue(Files.isDirectory(Path.of("../../functions", name)), name + " has no module in functions/");
        }
    }

    /** The types an EventPolicy to the broker allows: every {@code exact} type in its filters, nested or not. */
    private static Set<String> policyTypes(JsonNode policy) {
        return policy.path("spec").path("filters").findValues("exact").stream()
                .map(exact -> exact.path("type").asText())
                .collect(Collectors.toSet());
    }

    /** Senders a policy names: "Kind/name" for refs, the subject for subs. */
    private static Set<String> policySenders(JsonNode policy) {
        Set<String> senders = new java.util.HashSet<>();
        policy.path("spec").path("from").forEach(from -> {
            if (from.has("ref")) {
                senders.add(from.path("ref").path("kind").asText() + "/"
                        + from.path("ref").path("name").asText());
            }
            if (from.has("sub")) {
                senders.add(from.path("sub").asText());
            }
        });
        return senders;
    }

    private List<JsonNode> brokerPolicies() {
        return manifests.ofKind("EventPolicy").stream()
                .filter(p -> p.path("spec").path("to").findValues("kind").stream()
                        .anyMatch(kind -> kind.asText().equals("Broker")))
                .toList();
    }

    /** A producer like "... KafkaSource livechain-legacy-wms)" posts to the broker as that KafkaSource. */
    private static java.util.Optional<String> kafkaSourceNamed(String producer) {
        var match = java.util.regex.Pattern.compile("KafkaSource ([a-z0-9-]+)").matcher(producer);
        return match.find() ? java.util.Optional.of(match.group(1)) : java.util.Optional.empty();
    }

    /** Who sends a function's events: its Triggers (replies) and its SinkBinding (K_SINK posts). */
    private Set<String> identitiesOf(String service) {
        Set<String> identities = new java.util.HashSet<>();
        manifests.triggers().stream()
                .filter(t -> t.subscriberService().orElse("").equals(service))
                .forEach(t -> identities.add("Trigger/" + t.name()));
        manifests.ofKind("SinkBinding").stream()
                .filter(b ->
                        b.path("spec").path("subject").path("name").asText().equals(service))
                .forEach(b -> identities.add(
                        "SinkBinding/" + b.path("metadata").path("name").asText()));
        return identities;
    }

    @Test
    void everyCatalogueTypeMayEnterTheBrokerFromEachOfItsProducersIdentities() {
        List<String> refused = new ArrayList<>();
        for (EventType type : EventType.values()) {
            Set<String> senders = new java.util.HashSet<>();
            for (String producer : type.producers()) {
                if (manifests.serviceNames().contains(producer)) {
                    senders.addAll(identitiesOf(producer));
                }
                if (producer.contains("broker ingress")) {
                    senders.add(EDGE_SENDERS);
                }
                kafkaSourceNamed(producer).ifPresent(source -> senders.add("KafkaSource/" + source));
            }
            for (String sender : senders) {
                boolean allowed = brokerPolicies().stream()
                        .anyMatch(p -> policySenders(p).contains(sender)
                                && policyTypes(p).contains(type.type()));
                if (!allowed) {
                    refused.add(type.type() + " from " + sender);
                }
            }
        }
        assertEquals(List.of(), refused, "no EventPolicy in knative/policies/ lets these in");
    }

    @Test
    void everySinkBindingMaySendAndEveryPolicyRefExists() {
        Set<String> named = brokerPolicies().stream()
                .flatMap(p -> policySenders(p).stream())
                .collect(Collectors.toSet());
        manifests.ofKind("SinkBinding").forEach(b -> {
            String binding = "SinkBinding/" + b.path("metadata").path("name").asText();
            assertTrue(named.contains(binding), binding + " posts to the broker but no EventPolicy names it");
        });
        for (JsonNode policy : manifests.ofKind("EventPolicy")) {
            policy.path("spec")
                    .path("from")
                    .findValues("ref")
                    .forEach(ref -> assertTrue(
                            manifests
                                    .named(
                                            ref.path("kind").asText(),
                                            ref.path("name").asText())
                                    .isPresent(),
                            policy.path("metadata").path("name").asText() + " names " + ref
                                    + ", which is not in knative/"));
            policy.path("spec")
                    .path("to")
                    .findValues("ref")
                    .forEach(ref -> assertTrue(
                            manifests
                                    .named(
                                            ref.path("kind").asText(),
                                            ref.path("name").asText())
                                    .isPresent(),
                            policy.path("metadata").path("name").asText() + " applies to " + ref
                                    + ", which is not in knative/"));
        }
    }

    @Test
    void kustomizationListsEveryManifestFile() throws Exception {
        String kustomization = Files.readString(KNATIVE.resolve("kustomization.yaml"));
        try (var files = Files.walk(KNATIVE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml"))
                    .toList()) {
                String relative = KNATIVE.relativize(file).toString();
                assertTrue(kustomization.contains("- " + relative), relative + " is not in kustomization.yaml");
            }
        }
    }

    @Test
    void everyMountedConfigMapIsGeneratedFromFilesThatExist() {
        for (String name : manifests.serviceNames()) {
            for (ServiceSpec.Mount mount : manifests.service(name).mounts()) {
                mount.configMap().ifPresent(configMap -> {
                    GeneratedConfigMap generated =
                            manifests.generatedConfigMaps().get(configMap);
                    assertTrue(
                            generated != null,
                            name + " mounts ConfigMap " + configMap
                                    + ", which kustomization.yaml's configMapGenerator does not generate");
                    generated
                            .files()
                            .forEach(file -> assertTrue(
                                    Files.isRegularFile(file),
                                    "ConfigMap " + configMap + " (mounted by " + name + ") is generated from " + file
                                            + ", which does not exist"));
                });
            }
        }
    }

    @Test
    void everyFileSettingOfAServiceLiesUnderOneOfItsMounts() {
        for (String name : manifests.serviceNames()) {
            ServiceSpec service = manifests.service(name);
            service.env().forEach((variable, path) -> {
                if (variable.startsWith("LIVECHAIN_") && variable.endsWith("_FILE")) {
                    assertTrue(
                            service.mounts().stream().anyMatch(m -> isUnder(path, m.path())),
                            name + ": " + variable + "=" + path + " lies under none of its mounts " + service.mounts());
                }
            });
        }
    }

    private static boolean isUnder(String path, String folder) {
        return path.startsWith(folder.endsWith("/") ? folder : folder + "/");
    }
}
