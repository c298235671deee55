package io.livechain.cdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CaptureConfigTest {

    private static Properties file(String... keyValues) {
        Properties properties = new Properties();
        properties.setProperty("debezium.sink.type", "kafka");
        properties.setProperty("debezium.sink.kafka.producer.bootstrap.servers", "localhost:9092");
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    @Test
    void sourcePropertiesLoseTheirPrefix() {
        Properties engine = CaptureConfig.from(
                        file(
                                "debezium.source.connector.class", "io.debezium.connector.postgresql.PostgresConnector",
                                "debezium.source.database.hostname", "db",
                                "debezium.source.offset.storage.file.filename", "offsets.dat"),
                        Map.of())
                .engineProperties();

        assertEquals("io.debezium.connector.postgresql.PostgresConnector", engine.getProperty("connector.class"));
        assertEquals("db", engine.getProperty("database.hostname"));
        assertEquals("offsets.dat", engine.getProperty("offset.storage.file.filename"));
        assertEquals("kafka", engine.getProperty("name"), "Debezium Server names the engine after the sink");
        assertFalse(engine.containsKey("sink.type"));
        assertFalse(engine.stringPropertyNames().stream().anyMatch(n -> n.startsWith("debezium.")));
    }

    @Test
    void formatsBecomeConverterProperties() {
        Properties engine = CaptureConfig.from(
                        file(
                                "debezium.format.key", "json",
                                "debezium.format.key.schemas.enable", "false",
                                "debezium.format.value.schemas.enable", "false",
                                "debezium.format.header.class",
                                        "org.apache.kafka.connect.storage.SimpleHeaderConverter",
                                "debezium.format.replace.null.with.default", "false"),
                        Map.of())
                .engineProperties();

        assertEquals("false", engine.getProperty("key.converter.schemas.enable"));
        assertEquals("false", engine.getProperty("value.converter.schemas.enable"));
        assertEquals(
                "org.apache.kafka.connect.storage.SimpleHeaderConverter", engine.getProperty("header.converter.class"));
        // A bare debezium.format.X applies to all three.
        assertEquals("false", engine.getProperty("key.converter.replace.null.with.default"));
        assertEquals("false", engine.getProperty("value.converter.replace.null.with.default"));
        assertEquals("false", engine.getProperty("header.converter.replace.null.with.default"));
        // The format selectors themselves are not converter options.
        assertNull(engine.getProperty("key.converter.key"));
        assertNull(engine.getProperty("key"));
    }

    @Test
    void transformsAndPredicatesKeepTheirNames() {
        Properties engine = CaptureConfig.from(
                        file(
                                "debezium.transforms", "contenttype",
                                "debezium.transforms.contenttype.type",
                                        "org.apache.kafka.connect.transforms.InsertHeader",
                                "debezium.transforms.contenttype.header", "content-type",
                                "debezium.transforms.contenttype.value.literal", "application/json",
                                "debezium.predicates", "onlyReceipts",
                                "debezium.predicates.onlyReceipts.type",
                                        "org.apache.kafka.connect.transforms.predicates.TopicNameMatches"),
                        Map.of())
                .engineProperties();

        assertEquals("contenttype", engine.getProperty("transforms"));
        assertEquals(
                "org.apache.kafka.connect.transforms.InsertHeader", engine.getProperty("transforms.contenttype.type"));
        assertEquals("content-type", engine.getProperty("transforms.contenttype.header"));
        assertEquals("application/json", engine.getProperty("transforms.contenttype.value.literal"));
        assertEquals("onlyReceipts", engine.getProperty("predicates"));
        assertEquals(
                "org.apache.kafka.connect.transforms.predicates.TopicNameMatches",
                engine.getProperty("predicates.onlyReceipts.type"));
    }

    @Test
    void producerPropertiesLoseTheirPrefixAndDefaultToStrings() {
        CaptureConfig config = CaptureConfig.from(
                file(
                        "debezium.sink.kafka.producer.acks",
                        "all",
                        "debezium.sink.kafka.wait.message.delivery.timeout.ms",
                        "5000"),
                Map.of());
        Properties producer = config.producerProperties();

        assertEquals("localhost:9092", producer.getProperty("bootstrap.servers"));
        assertEquals("all", producer.getProperty("acks"));
        assertEquals("org.apache.kafka.common.serialization.StringSerializer", producer.getProperty("key.serializer"));
        assertEquals(
                "org.apache.kafka.common.serialization.StringSerializer", producer.getProperty("value.serializer"));
        assertEquals(Duration.ofSeconds(5), config.deliveryTimeout());
        assertEquals("5000", producer.getProperty("max.block.ms"), "an unreachable Kafka fails within the wait");
        assertFalse(config.engineProperties().containsKey("acks"), "producer options stay out of the engine");
    }

    @Test
    void environmentOverridesAPropertyOfTheFileTheMicroProfileWay() {
        Map<String, String> env = Map.of(
                "DEBEZIUM_SOURCE_DATABASE_HOSTNAME", "legacy-db",
                "DEBEZIUM_SINK_KAFKA_PRODUCER_BOOTSTRAP_SERVERS", "kafka:9092",
                "DEBEZIUM_SOURCE_OFFSET_STORAGE_FILE_FILENAME", "/data/offsets.dat",
                "DEBEZIUM_SOURCE_DATABASE_PASSWORD", "not in the file, so ignored");
        CaptureConfig config = CaptureConfig.from(
                file(
                        "debezium.source.database.hostname", "localhost",
                        "debezium.source.offset.storage.file.filename", "offsets.dat"),
                env);

        assertEquals("legacy-db", config.engineProperties().getProperty("database.hostname"));
        assertEquals("/data/offsets.dat", config.engineProperties().getProperty("offset.storage.file.filename"));
        assertEquals("kafka:9092", config.producerProperties().getProperty("bootstrap.servers"));
        assertFalse(config.engineProperties().containsKey("database.password"));
    }

    @Test
    void environmentNameLookupFollowsMicroProfileOrder() {
        String name = "debezium.source.database.hostname";
        assertEquals(
                "exact",
                CaptureConfig.envValue(name, Map.of(name, "exact", "DEBEZIUM_SOURCE_DATABASE_HOSTNAME", "upper")));
        assertEquals(
                "sanitized", CaptureConfig.envValue(name, Map.of("debezium_source_database_hostname", "sanitized")));
        assertEquals("upper", CaptureConfig.envValue(name, Map.of("DEBEZIUM_SOURCE_DATABASE_HOSTNAME", "upper")));
        assertEquals(
                "x",
                CaptureConfig.envValue(
                        "debezium.transforms.content-type.header",
                        Map.of("DEBEZIUM_TRANSFORMS_CONTENT_TYPE_HEADER", "x")));
        assertNull(CaptureConfig.envValue(name, Map.of()));
    }

    @Test
    void onlyTheKafkaSinkIsAccepted() {
        IllegalArgumentException http = assertThrows(
                IllegalArgumentException.class, () -> CaptureConfig.from(file("debezium.sink.type", "http"), Map.of()));
        assertTrue(http.getMessage().contains("debezium.sink.type must be 'kafka'"), http.getMessage());

        Properties none = file();
        none.remove("debezium.sink.type");
        assertThrows(IllegalArgumentException.class, () -> CaptureConfig.from(none, Map.of()));
        // The environment can switch the sink too, and is checked the same way.
        assertThrows(
                IllegalArgumentException.class,
                () -> CaptureConfig.from(file(), Map.of("DEBEZIUM_SINK_TYPE", "kinesis")));
    }

    @Test
    void onlyJsonFormatsAndStringSerializersAreAccepted() {
        assertThrows(
                IllegalArgumentException.class,
                () -> CaptureConfig.from(file("debezium.format.value", "cloudevents"), Map.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> CaptureConfig.from(file("debezium.format.key", "avro"), Map.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> CaptureConfig.from(
                        file(
                                "debezium.sink.kafka.producer.value.serializer",
                                "org.apache.kafka.common.serialization.ByteArraySerializer"),
                        Map.of()));
        Properties noBootstrap = file();
        noBootstrap.remove("debezium.sink.kafka.producer.bootstrap.servers");
        assertThrows(IllegalArgumentException.class, () -> CaptureConfig.from(noBootstrap, Map.of()));
    }

    @Test
    void kafkaOffsetStoreTakesBootstrapServersFromEitherSpelling() {
        String store = "org.apache.kafka.connect.storage.KafkaOffsetBackingStore";
        Properties plain = CaptureConfig.from(
                        file(
                                "debezium.source.offset.storage",
                                store,
                                "debezium.source.bootstrap.servers",
                                "kafka:9092"),
                        Map.of())
                .engineProperties();
        assertEquals("kafka:9092", plain.getProperty("bootstrap.servers"));

        Properties specific = CaptureConfig.from(
                        file(
                                "debezium.source.offset.storage",
                                store,
                                "debezium.source.offset.storage.kafka.bootstrap.servers",
                                "kafka:9093"),
                        Map.of())
                .engineProperties();
        assertEquals("kafka:9093", specific.getProperty("bootstrap.servers"));
    }
}
