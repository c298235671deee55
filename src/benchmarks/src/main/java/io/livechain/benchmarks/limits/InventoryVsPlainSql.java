package io.livechain.benchmarks.limits;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * inventory against its limit: the same PostgreSQL doing only the statements one exact movement
 * needs ({@link PlainSqlMovements}), at the same concurrency, in alternating turns. Both get
 * distinct +1 movements over 1,000 skus × 10 locations, so each side's totals can be checked
 * exactly afterwards. Goal: inventory ≥ 50% of the plain SQL.
 */
public final class InventoryVsPlainSql {

    static final int CONCURRENCY = 64;
    static final Duration WARM_UP = Duration.ofSeconds(5);
    static final Duration TURN = Duration.ofSeconds(10);
    static final double GOAL = 0.5;
    private static final String EVENT_TIME = "2026-11-27T06:00:00Z";
    private static final String SOURCE = "/livechain/scan-ingest";

    private InventoryVsPlainSql() {}

    /**
     * Runs it against the stack's inventory ({@code functionPorts["inventory"]}) and PostgreSQL
     * ({@code host:port} or a JDBC URL; database livechain, user and password postgres).
     */
    public static String run(String httpBaseUrl, Map<String, Integer> functionPorts, String postgres, Path outDir)
            throws Exception {
        int inventoryPort = functionPorts.get("inventory");
        String hostPort = hostPort(postgres);
        Files.createDirectories(outDir);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Vertx vertx = Vertx.vertx();
        try (CloudEventPoster poster = new CloudEventPoster(vertx, CONCURRENCY);
                PlainSqlMovements sql = new PlainSqlMovements(vertx, hostPort, "livechain")) {
            await(sql.createTables());
            try {
                return measure(vertx, poster, sql, inventoryPort, hostPort, run, outDir);
            } finally {
                await(sql.dropTables());
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static String measure(
            Vertx vertx,
            CloudEventPoster poster,
            PlainSqlMovements sql,
            int inventoryPort,
            String hostPort,
            String run,
            Path outDir)
            throws Exception {
        URI inventory = URI.create("http://localhost:" + inventoryPort + "/");
        OffsetDateTime eventTime = OffsetDateTime.parse(EVENT_TIME);
        AtomicLong sequence = new AtomicLong();
        AtomicLong postedOk = new AtomicLong();
        AtomicLong sqlOk = new AtomicLong();
        String inventoryPrefix = "LIMINV-" + run + "-";
        String sqlPrefix = "LIMSQL-" + run + "-";
        Supplier<List<Long>> postgresProcesses = ProcessCpu.postgresOnPort(Integer.parseInt(hostPort.split(":")[1]));
        Map<String, Supplier<List<Long>>> inventoryCpu = new LinkedHashMap<>();
        inventoryCpu.put("inventory JVM", ProcessCpu.quarkusOnPort(inventoryPort));
        inventoryCpu.put("PostgreSQL", postgresProcesses);
        var a = new AlternatingRuns.Side(
                "inventory",
                () -> counted(
                        postedOk, poster.post(inventory, movement(run, inventoryPrefix, sequence.getAndIncrement()))),
                inventoryCpu);
        var b = new AlternatingRuns.Side(
                "plain SQL (" + PlainSqlMovements.CONNECTIONS + " connections)",
                () -> {
                    long i = sequence.getAndIncrement();
                    return counted(
                            sqlOk,
                            sql.apply(
                                    SOURCE,
                                    "lim-sql-" + run + "-" + i,
                                    sku(sqlPrefix, i),
                                    location(i),
                                    BigDecimal.ONE,
                                    eventTime));
                },
                Map.of("PostgreSQL", postgresProcesses));
        AlternatingRuns.run(vertx, CONCURRENCY, WARM_UP, TURN, 2, a, b);
        long[] inventoryTotals = await(sql.totals("inventory", inventoryPrefix));
        long[] sqlTotals = await(sql.totals(PlainSqlMovements.SCHEMA, sqlPrefix));
        String section = section(
                a,
                b,
                exactness("inventory", inventoryTotals, postedOk.get(), a.failed),
                exactness("plain SQL", sqlTotals, sqlOk.get(), b.failed));
        Files.writeString(outDir.resolve("limit-inventory.md"), section);
        return section;
    }

    private static String section(
            AlternatingRuns.Side inventory, AlternatingRuns.Side sql, String inventoryExact, String sqlExact) {
        double ratio = inventory.perSecond() / sql.perSecond();
        double inventoryCpu = inventory.cpuPerEvent("inventory JVM") + inventory.cpuPerEvent("PostgreSQL");
        return "### inventory against the same PostgreSQL doing only a movement's statements\n\n"
                + String.format(
                        Locale.ROOT,
                        "Distinct +1 movements (`io.livechain.inventory.movement.v1`, binary mode, "
                                + "as scan-ingest sends them) over 1,000 skus × 10 locations, %d in flight (closed loop), posted "
                                + "straight to inventory's port; the limit: a Vert.x PostgreSQL pool doing, per movement, one "
                                + "transaction of an on-hand upsert and a ledger insert (prepared) into copies of inventory's "
                                + "tables. %d s warm-up each, then turns of %d s, A/B/A/B. PostgreSQL CPU is every process of "
                                + "that server (the bench's own client CPU is not counted).%n%n",
                        CONCURRENCY,
                        WARM_UP.toSeconds(),
                        TURN.toSeconds())
                + AlternatingRuns.table("movements", List.of("inventory JVM", "PostgreSQL"), inventory, sql)
                + "\nTotals: " + inventoryExact + "; " + sqlExact + ".\n"
                + String.format(
                        Locale.ROOT,
                        "%ninventory / plain SQL throughput: **%.2f** (goal ≥ %.2f: %s); CPU per "
                                + "movement %.3f ms (inventory JVM + PostgreSQL) against %.3f ms.%s%n",
                        ratio,
                        GOAL,
                        ratio >= GOAL ? "met" : "not met",
                        inventoryCpu,
                        sql.cpuPerEvent("PostgreSQL"),
                        AlternatingRuns.noise(inventory, sql));
    }

    /** Whether the stored sum equals the movements acknowledged (all +1; a failed one may or may not have landed). */
    private static String exactness(String name, long[] totals, long acknowledged, long failed) {
        boolean exact = failed == 0 ? totals[0] == acknowledged : totals[0] >= acknowledged;
        return String.format(
                Locale.ROOT,
                "%s on-hand sum %d, ledger rows %d, acknowledged %d%s — %s",
                name,
                totals[0],
                totals[1],
                acknowledged,
                failed == 0 ? "" : " (" + failed + " failed)",
                exact ? "exact" : "NOT exact");
    }

    private static CloudEventPoster.Event movement(String run, String prefix, long i) {
        String sku = sku(prefix, i);
        return new CloudEventPoster.Event(
                "lim-mv-" + run + "-" + i,
                "io.livechain.inventory.movement.v1",
                SOURCE,
                sku + "|" + location(i),
                """
                        {"sku": "%s", "location": "%s", "kind": "ADJUSTMENT", "quantity": 1, "bizStep": "receiving", \
                        "eventTime": "%s", "scanSource": "/livechain/benchmarks", "scanId": "lim-scan-%s-%d"}""".formatted(sku, location(i), EVENT_TIME, run, i));
    }

    private static String sku(String prefix, long i) {
        return prefix + (i % 1000);
    }

    private static String location(long i) {
        return "DC-" + (i / 1000) % 10;
    }

    private static Future<Boolean> counted(AtomicLong ok, Future<Boolean> outcome) {
        return outcome.onSuccess(success -> {
            if (success) {
                ok.incrementAndGet();
            }
        });
    }

    /** host:port from {@code host:port}, {@code jdbc:postgresql://host:port/db} or {@code postgresql://...}. */
    static String hostPort(String postgres) {
        String rest = postgres.replaceFirst("^(jdbc:)?postgres(ql)?://", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get();
    }
}
