package io.livechain.benchmarks.limits;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The least PostgreSQL work one exact movement needs, from a plain reactive client: in one
 * transaction, upsert the on-hand row (its row lock orders a position's movements) and insert the
 * ledger row (its unique (source, id) turns a redelivery into a rollback). Scratch tables in schema
 * {@code bench_limit}, copied from inventory's own with {@code LIKE ... INCLUDING ALL}, so their
 * columns, constraints and indexes follow whatever inventory's migrations make them.
 */
final class PlainSqlMovements implements AutoCloseable {

    static final String SCHEMA = "bench_limit";
    /** As many connections as inventory's reactive pool ({@code quarkus.datasource.reactive.max-size}). */
    static final int CONNECTIONS = 20;

    private static final String UPSERT_ON_HAND = """
            insert into bench_limit.stock_on_hand (sku, location, uom, on_hand, updated_at) values ($1, $2, '', $3, now())
            on conflict (sku, location, uom) do update
            set on_hand = stock_on_hand.on_hand + excluded.on_hand, updated_at = excluded.updated_at
            returning on_hand""";
    private static final String INSERT_LEDGER = """
            insert into bench_limit.stock_ledger (event_source, event_id, sku, location, uom, kind, quantity, biz_step,
                event_time, applied, on_hand_before, on_hand_after, scan_source, scan_id)
            values ($1, $2, $3, $4, '', 'ADJUSTMENT', $5, 'receiving', $6, true, $7, $8, $9, $10)""";

    private final Pool pool;

    PlainSqlMovements(Vertx vertx, String hostPort, String database) {
        String[] address = hostPort.split(":");
        PgConnectOptions connect = new PgConnectOptions()
                .setHost(address[0])
                .setPort(Integer.parseInt(address[1]))
                .setDatabase(database)
                .setUser("postgres")
                .setPassword("postgres")
                .setCachePreparedStatements(true);
        pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(CONNECTIONS).setMaxWaitQueueSize(-1))
                .connectingTo(connect)
                .using(vertx)
                .build();
    }

    Future<Void> createTables() {
        return pool.query("drop schema if exists " + SCHEMA + " cascade")
                .execute()
                .compose(r -> pool.query("create schema " + SCHEMA).execute())
                .compose(r -> pool.query(
                                "create table bench_limit.stock_ledger (like inventory.stock_ledger including all)")
                        .execute())
                .compose(r -> pool.query(
                                "create table bench_limit.stock_on_hand (like inventory.stock_on_hand including all)")
                        .execute())
                .mapEmpty();
    }

    Future<Void> dropTables() {
        return pool.query("drop schema if exists " + SCHEMA + " cascade")
                .execute()
                .mapEmpty();
    }

    /** Applies a +quantity adjustment; completes with true once committed. */
    Future<Boolean> apply(
            String source, String id, String sku, String location, BigDecimal quantity, OffsetDateTime eventTime) {
        return pool.withTransaction(conn -> conn.preparedQuery(UPSERT_ON_HAND)
                        .execute(Tuple.of(sku, location, quantity))
                        .compose(rows -> {
                            BigDecimal after = rows.iterator().next().getBigDecimal(0);
                            return conn.preparedQuery(INSERT_LEDGER)
                                    .execute(Tuple.tuple(List.of(
                                            source,
                                            id,
                                            sku,
                                            location,
                                            quantity,
                                            eventTime,
                                            after.subtract(quantity),
                                            after,
                                            source,
                                            id)));
                        }))
                .map(rows -> true);
    }

    /** Sum of on-hand and count of ledger rows of skus starting with {@code prefix}, in one schema. */
    Future<long[]> totals(String schema, String prefix) {
        return pool.preparedQuery("select coalesce(sum(on_hand), 0)::bigint, (select count(*) from " + schema
                        + ".stock_ledger where sku like $1) from " + schema + ".stock_on_hand where sku like $1")
                .execute(Tuple.of(prefix + "%"))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new long[] {row.getLong(0), row.getLong(1)};
                });
    }

    @Override
    public void close() {
        pool.close();
    }
}
