package io.livechain.localstack.cdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.localstack.LocalStackConfig;
import io.livechain.localstack.knative.KafkaSourceSpec;
import io.livechain.localstack.knative.Manifests;
import io.livechain.localstack.knative.TriggerSpec;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The change data capture's manifests against each other and against what the cdc-adapter reads: what
 * Debezium writes reaches the adapter, in the shape it parses, from the database its Secret names.
 */
class LegacyCaptureManifestsTest {

    private final Manifests manifests = Manifests.load(List.of(Path.of("../../knative")));

    private Properties capture() throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(manifests
                .named("ConfigMap", LegacyCapture.CONFIG_MAP)
                .orElseThrow()
                .path("data")
                .path("application.properties")
                .asText()));
        return properties;
    }

    @Test
    void everyRecordTheCaptureWritesReachesTheCdcAdapter() throws Exception {
        String topic = capture().getProperty("debezium.transforms.route.topic.replacement");
        KafkaSourceSpec source = manifests.kafkaSources().stream()
                .filter(s -> s.name().equals(EventType.Types.LEGACY_WMS_SOURCE))
                .findFirst()
                .orElseThrow();
        assertTrue(source.topics().contains(topic), source.topics() + " does not read " + topic);
        assertEquals(Optional.of("default"), source.sinkBroker());
        String eventSource = source.recordSource(topic);
        List<String> routedTo = manifests.triggers().stream()
                .filter(trigger -> trigger.filter().test(attribute -> switch (attribute) {
                    case "type" -> EventType.Types.LEGACY_CHANGE;
                    case "source" -> eventSource;
                    default -> null;
                }))
                .map(TriggerSpec::subscriberService)
                .map(Optional::orElseThrow)
                .toList();
        assertEquals(List.of(Functions.CDC_ADAPTER), routedTo);
    }

    @Test
    void theCaptureWritesTheShapeTheAdapterParses() throws Exception {
        Properties capture = capture();
        assertEquals("string", capture.getProperty("debezium.source.decimal.handling.mode"), "exact decimals");
        assertEquals("false", capture.getProperty("debezium.format.value.schemas.enable"), "a plain envelope");
        assertEquals("false", capture.getProperty("debezium.format.key.schemas.enable"), "a plain key");
        assertEquals("false", capture.getProperty("debezium.source.tombstones.on.delete"), "no null records");
        assertEquals("pgoutput", capture.getProperty("debezium.source.plugin.name"));
        assertEquals("initial", capture.getProperty("debezium.source.snapshot.mode"));
        String contentType = "debezium.transforms.contenttype.";
        assertEquals("content-type", capture.getProperty(contentType + "header"));
        assertEquals("application/json", capture.getProperty(contentType + "value.literal"));
        assertEquals(
                "org.apache.kafka.connect.storage.SimpleHeaderConverter",
                capture.getProperty("debezium.format.header.class"),
                "the header's value as plain text");
        assertEquals(
                "org.apache.kafka.connect.storage.KafkaOffsetBackingStore",
                capture.getProperty("debezium.source.offset.storage"),
                "a restarted pod resumes from offsets in Kafka");
    }

    @Test
    void everyVariableOfTheDeploymentOverridesAPropertyOfItsConfigMap() throws Exception {
        // An environment variable only overrides a property the file has (MicroProfile Config's naming).
        Set<String> overridable = new java.util.HashSet<>();
        capture()
                .stringPropertyNames()
                .forEach(name -> overridable.add(name.toUpperCase().replaceAll("[^A-Z0-9]", "_")));
        JsonNode container = manifests
                .named("Deployment", LegacyCapture.CONFIG_MAP)
                .orElseThrow()
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        List<String> ignored = new ArrayList<>();
        container.path("env").forEach(env -> {
            if (!overridable.contains(env.path("name").asText())) {
                ignored.add(env.path("name").asText());
            }
        });
        assertEquals(List.of(), ignored);
        assertTrue(container.path("env").toString().contains("livechain-legacy-wms"), "credentials from the Secret");
    }

    @Test
    void theLocalStackRunsTheManifestsPropertiesWithLocalAddresses() throws Exception {
        LocalStackConfig config = LocalStackConfig.fromEnvironment();
        Properties local = LegacyCapture.localProperties(manifests, config);
        Properties cluster = capture();
        Set<String> replaced = Set.of(
                "debezium.source.database.hostname",
                "debezium.source.database.port",
                "debezium.source.database.user",
                "debezium.source.database.password",
                "debezium.source.database.dbname",
                "debezium.sink.kafka.producer.bootstrap.servers",
                "debezium.source.bootstrap.servers");
        assertEquals(cluster.stringPropertyNames(), local.stringPropertyNames());
        for (String name : cluster.stringPropertyNames()) {
            if (!replaced.contains(name)) {
                assertEquals(cluster.getProperty(name), local.getProperty(name), name);
            }
        }
        assertEquals(config.bootstrapServers(), local.getProperty("debezium.sink.kafka.producer.bootstrap.servers"));
        assertEquals(SampleLegacyWms.DATABASE, local.getProperty("debezium.source.database.dbname"));
    }
}
