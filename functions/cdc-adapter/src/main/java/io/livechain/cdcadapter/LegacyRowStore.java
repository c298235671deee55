package io.livechain.cdcadapter;

import io.livechain.cdcadapter.RowImage.Kind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies one change in one transaction: locks the legacy row (changes of one row never interleave),
 * answers a change seen before with its stored reply, else decides it against the row's applied image,
 * keeps the new image and remembers the change with its reply. A decision that refuses the change
 * rolls everything back.
 */
@ApplicationScoped
public class LegacyRowStore {

    private static final String LOCK_ROW = "select pg_advisory_xact_lock(hashtextextended($1, 0))";
    private static final String APPLIED = "select reply from applied_changes where change_id = $1";
    private static final String IMAGE = "select kind, lsn, deleted, sku, location, uom, quantity, at from legacy_rows"
            + " where source_table = $1 and row_key = $2";
    private static final String KEEP_IMAGE = "insert into legacy_rows (source_table, row_key, lsn, kind, deleted, sku,"
            + " location, uom, quantity, at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
            + " on conflict (source_table, row_key) do update set lsn = excluded.lsn, kind = excluded.kind,"
            + " deleted = excluded.deleted, sku = excluded.sku, location = excluded.location, uom = excluded.uom,"
            + " quantity = excluded.quantity, at = excluded.at, changed_at = now()";
    private static final String REMEMBER = "insert into applied_changes (change_id, reply) values ($1, $2)";

    private final Pool pool;

    public LegacyRowStore(Pool pool) {
        this.pool = pool;
    }

    /** The events the change became, as stored ({@link Reply#stored(java.util.List)}): a JSON array. */
    public Uni<String> apply(Change change, Function<Optional<RowImage>, Outcome> decide) {
        return pool.withTransaction(connection -> connection
                .preparedQuery(LOCK_ROW)
                .execute(Tuple.of(change.table() + "|" + change.key()))
                .chain(() -> connection.preparedQuery(APPLIED).execute(Tuple.of(change.id())))
                .chain(seen -> seen.size() > 0
                        ? Uni.createFrom().item(seen.iterator().next().getString("reply"))
                        : decideAndKeep(connection, change, decide)));
    }

    private static Uni<String> decideAndKeep(
            SqlConnection connection, Change change, Function<Optional<RowImage>, Outcome> decide) {
        return connection
                .preparedQuery(IMAGE)
                .execute(Tuple.of(change.table(), change.key()))
                .map(rows -> rows.size() > 0 ? Optional.of(image(rows.iterator().next())) : Optional.<RowImage>empty())
                .map(decide)
                .chain(outcome -> {
                    String reply = Reply.stored(outcome.replies());
                    Uni<Void> keep = outcome.image()
                            .map(image -> connection
                                    .preparedQuery(KEEP_IMAGE)
                                    .execute(imageTuple(change, image))
                                    .replaceWithVoid())
                            .orElse(Uni.createFrom().voidItem());
                    return keep.chain(() -> connection.preparedQuery(REMEMBER).execute(Tuple.of(change.id(), reply)))
                            .replaceWith(reply);
                });
    }

    private static RowImage image(Row row) {
        return new RowImage(
                Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                row.getLong("lsn"),
                row.getBoolean("deleted"),
                row.getString("sku"),
                row.getString("location"),
                row.getString("uom"),
                row.getBigDecimal("quantity"),
                Optional.ofNullable(row.getOffsetDateTime("at"))
                        .map(at -> at.toInstant())
                        .orElse(null));
    }

    private static Tuple imageTuple(Change change, RowImage image) {
        return Tuple.tuple()
                .addString(change.table())
                .addString(change.key())
                .addLong(image.lsn())
                .addString(image.kind().name().toLowerCase(Locale.ROOT))
                .addBoolean(image.deleted())
                .addString(image.sku())
                .addString(image.location())
                .addString(image.uom())
                .addValue(image.quantity())
                .addOffsetDateTime(image.at() == null ? null : image.at().atOffset(ZoneOffset.UTC));
    }
}
