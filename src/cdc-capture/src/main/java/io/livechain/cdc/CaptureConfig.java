package io.livechain.cdc;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The capture's configuration in Debezium Server's property names (a subset), so one file or
 * ConfigMap serves both: {@code debezium.source.*}, {@code debezium.format.*},
 * {@code debezium.transforms*}, {@code debezium.predicates*}, {@code debezium.sink.type=kafka} and
 * {@code debezium.sink.kafka.*}. Each property of the file can be overridden by an environment
 * variable named as MicroProfile Config names it (see {@link #envValue}).
 */
public final class CaptureConfig {

    static final String SINK_TYPE = "debezium.sink.type";
    static final String SINK = "kafka";
    private static final String SOURCE = "debezium.source.";
    private static final String FORMAT = "debezium.format.";
    private static final String PRODUCER = "debezium.sink.kafka.producer.";
    private static final String DELIVERY_TIMEOUT = "debezium.sink.kafka.wait.message.delivery.timeout.ms";
    private static final String STRING_SERIALIZER = "org.apache.kafka.common.serialization.StringSerializer";
    private static final String KAFKA_OFFSET_STORE = "org.apache.kafka.connect.storage.KafkaOffsetBackingStore";

    private final Map<String, String> properties;

    private CaptureConfig(Map<String, String> properties) {
        this.properties = properties;
        String sink = properties.get(SINK_TYPE);
        if (!SINK.equals(sink)) {
            throw new IllegalArgumentException(
                    SINK_TYPE + " must be 'kafka' (the only sink of the capture), found: " + sink);
        }
        for (String part : new String[] {"key", "value", "header"}) {
            String format = properties.getOrDefault(FORMAT + part, "json");
            if (!format.equals("json")) {
                throw new IllegalArgumentException(FORMAT + part + " must be 'json', found: " + format);
            }
        }
        if (!properties.containsKey(PRODUCER + "bootstrap.servers")) {
            throw new IllegalArgumentException(PRODUCER + "bootstrap.servers is missing");
        }
        for (String serializer : new String[] {"key.serializer", "value.serializer"}) {
            String configured = properties.getOrDefault(PRODUCER + serializer, STRING_SERIALIZER);
            if (!configured.equals(STRING_SERIALIZER)) {
                throw new IllegalArgumentException(PRODUCER + serializer + " must be " + STRING_SERIALIZER
                        + " (json format), found: " + configured);
            }
        }
    }

    public static CaptureConfig load(Path file, Map<String, String> env) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return from(properties, env);
    }

    /** The file's properties, each replaced by its environment variable where one is set. */
    public static CaptureConfig from(Properties file, Map<String, String> env) {
        Map<String, String> merged = new TreeMap<>();
        for (String name : file.stringPropertyNames()) {
            String fromEnv = envValue(name, env);
            merged.put(name, (fromEnv != null ? fromEnv : file.getProperty(name)).trim());
        }
        return new CaptureConfig(merged);
    }

    /**
     * MicroProfile Config's lookup of a property in the environment: the exact name, then the name
     * with each non-alphanumeric character replaced by '_', then that in upper case
     * ({@code debezium.source.database.hostname} -> {@code DEBEZIUM_SOURCE_DATABASE_HOSTNAME}).
     */
    static String envValue(String name, Map<String, String> env) {
        String sanitized = name.replaceAll("[^A-Za-z0-9]", "_");
        for (String candidate : new String[] {name, sanitized, sanitized.toUpperCase(Locale.ROOT)}) {
            String value = env.get(candidate);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The embedded engine's properties, mapped the way Debezium Server maps them. */
    public Properties engineProperties() {
        Properties engine = new Properties();
        copyWithPrefix(SOURCE, "", engine);
        copyWithPrefix(FORMAT + "key.", "key.converter.", engine);
        copyWithPrefix(FORMAT + "value.", "value.converter.", engine);
        copyWithPrefix(FORMAT + "header.", "header.converter.", engine);
        // A bare debezium.format.X applies to key, value and header alike, unless set for one of them.
        properties.forEach((name, value) -> {
            if (name.startsWith(FORMAT) && !isPartFormat(name)) {
                String rest = name.substring(FORMAT.length());
                for (String part : new String[] {"key", "value", "header"}) {
                    engine.putIfAbsent(part + ".converter." + rest, value);
                }
            }
        });
        for (String chain : new String[] {"transforms", "predicates"}) {
            String list = properties.get("debezium." + chain);
            if (list != null) {
                engine.setProperty(chain, list);
                copyWithPrefix("debezium." + chain + ".", chain + ".", engine);
            }
        }
        // Debezium Server names the engine after the sink; offsets are stored under that name.
        engine.setProperty("name", SINK);
        // The Kafka offset store reads bootstrap.servers; accept the offset-store-specific spelling too.
        if (KAFKA_OFFSET_STORE.equals(engine.getProperty("offset.storage"))
                && !engine.containsKey("bootstrap.servers")
                && engine.containsKey("offset.storage.kafka.bootstrap.servers")) {
            engine.setProperty("bootstrap.servers", engine.getProperty("offset.storage.kafka.bootstrap.servers"));
        }
        return engine;
    }

    /** KafkaProducer properties: debezium.sink.kafka.producer.* without the prefix. */
    public Properties producerProperties() {
        Properties producer = new Properties();
        copyWithPrefix(PRODUCER, "", producer);
        producer.putIfAbsent("key.serializer", STRING_SERIALIZER);
        producer.putIfAbsent("value.serializer", STRING_SERIALIZER);
        // Kafka unreachable: fail the batch after the delivery wait, not after the producer's 60 s per send.
        producer.putIfAbsent("max.block.ms", String.valueOf(deliveryTimeout().toMillis()));
        return producer;
    }

    /** How long a batch may wait for its acknowledgements (Debezium Server's Kafka sink option). */
    public Duration deliveryTimeout() {
        return Duration.ofMillis(Long.parseLong(properties.getOrDefault(DELIVERY_TIMEOUT, "30000")));
    }

    /** A source property as the engine sees it, or the fallback. */
    public String source(String name, String fallback) {
        return properties.getOrDefault(SOURCE + name, fallback);
    }

    private static boolean isPartFormat(String name) {
        String rest = name.substring(FORMAT.length());
        return rest.equals("key")
                || rest.equals("value")
                || rest.equals("header")
                || rest.startsWith("key.")
                || rest.startsWith("value.")
                || rest.startsWith("header.");
    }

    private void copyWithPrefix(String from, String to, Properties target) {
        properties.forEach((name, value) -> {
            if (name.startsWith(from) && name.length() > from.length()) {
                target.setProperty(to + name.substring(from.length()), value);
            }
        });
    }
}
