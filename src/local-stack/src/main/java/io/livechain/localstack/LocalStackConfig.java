package io.livechain.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where everything of the local stack lives. Each setting is a system property {@code livechain.x-y}
 * or an environment variable {@code LIVECHAIN_X_Y}; the defaults are the documented local ports.
 *
 * @param home        the checkout: holds {@code knative/} and {@code functions/}
 * @param dataDir     PostgreSQL data, Kafka logs and process logs ({@code .local-stack/})
 * @param httpPort    broker ingress, read API proxy and health
 * @param kafkaPort   local Kafka listener (the controller takes the next port)
 * @param kafkaBootstrap an external Kafka to use instead of starting one
 * @param postgresPort local PostgreSQL port
 * @param postgresHost an external PostgreSQL host:port to use instead of starting one
 * @param functionPortBase first port of the function processes
 * @param extraManifests more manifest folders beside {@code knative/} (tests add subscribers)
 * @param functionProperties settings for every function, e.g. notify's channels, from the
 *        {@code function-properties} file ({@code local-stack.properties} in the checkout, if present)
 * @param maxEventBytes the largest request the broker ingress takes (413 beyond it); the default stays
 *        under Kafka's default record limit of 1 MiB, headers included
 * @param rateLimitPerSource events a second each CloudEvent source may send to the broker ingress
 *        (429 with Retry-After beyond it, bursts up to a second's worth); 0, the default, is no limit
 */
public record LocalStackConfig(
        Path home,
        Path dataDir,
        int httpPort,
        int kafkaPort,
        Optional<String> kafkaBootstrap,
        int postgresPort,
        Optional<String> postgresHost,
        String postgresUser,
        String postgresPassword,
        String database,
        int functionPortBase,
        List<Path> extraManifests,
        Map<String, String> functionProperties,
        int maxEventBytes,
        int rateLimitPerSource) {

    public static LocalStackConfig fromEnvironment() {
        Path home = findHome(
                Path.of(setting("home", System.getProperty("user.dir"))).toAbsolutePath());
        return new LocalStackConfig(
                home,
                Path.of(setting("data-dir", home.resolve(".local-stack").toString()))
                        .toAbsolutePath(),
                Integer.parseInt(setting("http-port", "8080")),
                Integer.parseInt(setting("kafka-port", "19092")),
                Optional.ofNullable(setting("kafka-bootstrap", null)),
                Integer.parseInt(setting("postgres-port", "15432")),
                Optional.ofNullable(setting("postgres-host", null)),
                setting("postgres-user", "postgres"),
                setting("postgres-password", "postgres"),
                setting("postgres-database", "livechain"),
                Integer.parseInt(setting("function-port-base", "18080")),
                List.of(),
                readProperties(Path.of(setting(
                        "function-properties",
                        home.resolve("local-stack.properties").toString()))),
                Integer.parseInt(setting("max-event-bytes", "1000000")),
                Integer.parseInt(setting("rate-limit-per-source", "0")));
    }

    /**
     * Whether the stack runs the change data capture of {@code knative/cdc/} ({@code on}, the default;
     * {@code off} leaves it out). It follows the sample legacy WMS the stack creates, or the database the
     * {@code DEBEZIUM_SOURCE_DATABASE_*} variables name.
     */
    public boolean legacyCapture() {
        return !"off".equals(setting("legacy-capture", "on"));
    }

    /**
     * Whether the stack starts the device simulator once it is ready ({@code livechain.simulate=true};
     * {@code -Dsim.*} settings are passed on to it).
     */
    public boolean simulate() {
        return Boolean.parseBoolean(setting("simulate", "false"));
    }

    /** Where the Secrets a Service mounts live locally, one folder per Secret (e.g. the JWT public key). */
    public Path secretsDir() {
        return dataDir.resolve("secrets");
    }

    public Path knativeDir() {
        return home.resolve("knative");
    }

    /** host:port of PostgreSQL, local or external. */
    public String postgresAddress() {
        return postgresHost.orElse("localhost:" + postgresPort);
    }

    public String bootstrapServers() {
        return kafkaBootstrap.orElse("localhost:" + kafkaPort);
    }

    public LocalStackConfig withPorts(int http, int kafka, int postgres, int functionBase) {
        return new LocalStackConfig(
                home,
                dataDir,
                http,
                kafka,
                kafkaBootstrap,
                postgres,
                postgresHost,
                postgresUser,
                postgresPassword,
                database,
                functionBase,
                extraManifests,
                functionProperties,
                maxEventBytes,
                rateLimitPerSource);
    }

    public LocalStackConfig withDataDir(Path dir) {
        return new LocalStackConfig(
                home,
                dir,
                httpPort,
                kafkaPort,
                kafkaBootstrap,
                postgresPort,
                postgresHost,
                postgresUser,
                postgresPassword,
                database,
                functionPortBase,
                extraManifests,
                functionProperties,
                maxEventBytes,
                rateLimitPerSource);
    }

    public LocalStackConfig withExtraManifests(List<Path> folders) {
        return new LocalStackConfig(
                home,
                dataDir,
                httpPort,
                kafkaPort,
                kafkaBootstrap,
                postgresPort,
                postgresHost,
                postgresUser,
                postgresPassword,
                database,
                functionPortBase,
                List.copyOf(folders),
                functionProperties,
                maxEventBytes,
                rateLimitPerSource);
    }

    public LocalStackConfig withFunctionProperties(Map<String, String> properties) {
        return new LocalStackConfig(
                home,
                dataDir,
                httpPort,
                kafkaPort,
                kafkaBootstrap,
                postgresPort,
                postgresHost,
                postgresUser,
                postgresPassword,
                database,
                functionPortBase,
                extraManifests,
                Map.copyOf(properties),
                maxEventBytes,
                rateLimitPerSource);
    }

    public LocalStackConfig withRateLimitPerSource(int eventsPerSecond) {
        return new LocalStackConfig(
                home,
                dataDir,
                httpPort,
                kafkaPort,
                kafkaBootstrap,
                postgresPort,
                postgresHost,
                postgresUser,
                postgresPassword,
                database,
                functionPortBase,
                extraManifests,
                functionProperties,
                maxEventBytes,
                eventsPerSecond);
    }

    private static Map<String, String> readProperties(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((key, value) -> map.put(key.toString(), value.toString()));
        return map;
    }

    private static String setting(String name, String fallback) {
        String property = System.getProperty("livechain." + name);
        // Blank is unset: the local-stack profile passes -Dlivechain.simulate= when not given.
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("LIVECHAIN_" + name.toUpperCase().replace('-', '_'));
        return env != null ? env : fallback;
    }

    /** Walks up from {@code start} to the folder holding {@code knative/}, so any module dir works. */
    private static Path findHome(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("knative")) && Files.isDirectory(dir.resolve("functions"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Livechain checkout (knative/ and functions/) at or above " + start);
    }
}
