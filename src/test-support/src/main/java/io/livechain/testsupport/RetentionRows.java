package io.livechain.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The check each function's retention test makes against its real table: a row just beyond 7 days
 * goes, one just within stays.
 *
 * @param insert an insert taking the row's id as {@code $1} and its age as {@code $2} (text, an interval)
 * @param table the table the rule prunes
 * @param idColumn the column {@code insert} writes {@code $1} to
 */
public record RetentionRows(Pool pool, String insert, String table, String idColumn) {

    /** Inserts the two rows, runs {@code prune}, and asserts what is left. */
    public void assertSevenDaysKept(Runnable prune) {
        row("retention-old", "7 days 1 minute");
        row("retention-young", "6 days 23 hours");

        prune.run();

        assertEquals(0, rows("retention-old"), "a row older than the retention is still in " + table);
        assertEquals(1, rows("retention-young"), "a row within the retention left " + table);
    }

    private void row(String id, String age) {
        pool.preparedQuery(insert).execute(Tuple.of(id, age)).await().indefinitely();
    }

    private long rows(String id) {
        return pool.preparedQuery("select count(*) from " + table + " where " + idColumn + " = $1")
                .execute(Tuple.of(id))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
