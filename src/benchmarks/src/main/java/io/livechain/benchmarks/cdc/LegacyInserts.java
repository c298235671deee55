package io.livechain.benchmarks.cdc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Inserts goods receipts into the stack's sample legacy WMS as its own application would: each row its
 * own transaction (autocommit), over a few JDBC connections, paced by a fixed schedule (row n due n ÷
 * rate after the start). A connection that falls behind inserts at once, so the achieved rate shows
 * what the database took.
 */
final class LegacyInserts {

    static final String DATABASE = "legacy_wms";
    /** Enough for 1,000 rows/s at a few ms per commit; more would only add PostgreSQL backends. */
    static final int CONNECTIONS = 4;
    /** The local stack's PostgreSQL login, the same for Livechain's database and the legacy one. */
    private static final String USER = "postgres";

    private static final String PASSWORD = "postgres";

    private static final String INSERT =
            "insert into goods_receipts (warehouse_code, item_no, qty, received_at) values (?, ?, 1, now())";

    /** What became of one row: {@code commitEpochMillis} is read right after executeUpdate returned. */
    @FunctionalInterface
    interface Inserted {
        void row(int index, boolean committed, long latencyMicros, long commitEpochMillis);
    }

    /**
     * Inserts under way.
     *
     * @param firstDueEpochMillis when the schedule started (row 0 due), after the connections opened
     * @param done                completes when every row was tried; fails when a connection broke
     */
    record Schedule(long firstDueEpochMillis, CompletableFuture<Void> done) {}

    private final String url;

    /** @param postgresAddress host:port of the stack's PostgreSQL */
    LegacyInserts(String postgresAddress) {
        this.url = "jdbc:postgresql://" + postgresAddress + "/" + DATABASE;
    }

    /**
     * Inserts one row per sku, quantity 1 at {@code warehouse}, {@code perSecond} rows a second; the
     * connections are open before the schedule starts.
     */
    Schedule insert(List<String> skus, String warehouse, int perSecond, Inserted inserted) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int c = 0; c < CONNECTIONS; c++) {
                connections.add(DriverManager.getConnection(url, USER, PASSWORD));
            }
        } catch (SQLException e) {
            closeAll(connections);
            throw e;
        }
        AtomicInteger next = new AtomicInteger();
        long firstDueEpochMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (Connection connection : connections) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread worker = new Thread(
                    () -> {
                        try (connection;
                                PreparedStatement statement = connection.prepareStatement(INSERT)) {
                            statement.setString(1, warehouse);
                            for (int i = next.getAndIncrement(); i < skus.size(); i = next.getAndIncrement()) {
                                awaitDue(start + i * 1_000_000_000L / perSecond);
                                insertOne(statement, skus.get(i), i, inserted);
                            }
                            done.complete(null);
                        } catch (SQLException | RuntimeException e) {
                            done.completeExceptionally(e);
                        }
                    },
                    "legacy-insert-" + workers.size());
            worker.setDaemon(true);
            worker.start();
            workers.add(done);
        }
        return new Schedule(firstDueEpochMillis, CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)));
    }

    private static void insertOne(PreparedStatement statement, String sku, int index, Inserted inserted) {
        long began = System.nanoTime();
        try {
            statement.setString(2, sku);
            statement.executeUpdate();
            long committed = System.currentTimeMillis();
            inserted.row(index, true, (System.nanoTime() - began) / 1_000, committed);
        } catch (SQLException e) {
            inserted.row(index, false, (System.nanoTime() - began) / 1_000, System.currentTimeMillis());
        }
    }

    private static void awaitDue(long dueNanos) {
        for (long wait = dueNanos - System.nanoTime(); wait > 0; wait = dueNanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void closeAll(List<Connection> connections) {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing what failed to open fully: nothing to keep
            }
        }
    }
}
