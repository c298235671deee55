package io.livechain.kit;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Deletes a function's rows older than their retention, so inboxes, delivery logs, readings and jobs
 * do not grow without bound. Deletes in batches, each its own short statement, so a large backlog
 * never holds locks for long. An inbox kept for its retention still recognises an event redelivered
 * within it; beyond it, Kafka's own retention (7 days by default) has dropped the event anyway.
 */
public final class Pruner {

    /** Rows of {@code table} whose {@code timeColumn} is older than {@code keep} go. */
    public record Rule(String table, String timeColumn, Duration keep) {
        public Rule {
            if (keep.isNegative() || keep.isZero()) {
                throw new IllegalArgumentException(table + ": retention must be positive, was " + keep);
            }
        }

        /** Table and column are the function's own constants, never input; the cut-off is a parameter. */
        String deleteBatch(int batch) {
            return "delete from " + table + " where ctid = any(array(select ctid from " + table + " where " + timeColumn
                    + " < $1 limit " + batch + "))";
        }
    }

    static final int BATCH = 5_000;
    /** For each function's {@code @Scheduled} sweep: hourly unless configured ... */
    public static final String EVERY = "${livechain.retention.every:1h}";
    /** ... and soon after each start, as a function that scales to zero may never live an hour. */
    public static final String FIRST_AFTER = "30s";

    private static final Logger LOG = Logger.getLogger(Pruner.class);

    private final Pool pool;
    private final List<Rule> rules;
    private final Clock clock;

    public Pruner(Pool pool, List<Rule> rules, Clock clock) {
        this.pool = pool;
        this.rules = List.copyOf(rules);
        this.clock = clock;
    }

    /** Prunes every table once, blocking (a scheduler's worker thread), and logs how many rows went. */
    public Map<String, Long> pruneAndLog() {
        Map<String, Long> deleted = prune().await().indefinitely();
        LOG.infof("retention: deleted %s", deleted);
        return deleted;
    }

    /** Prunes every table once; answers how many rows went, by table. */
    public Uni<Map<String, Long>> prune() {
        Map<String, Long> deleted = new LinkedHashMap<>();
        return Multi.createFrom()
                .iterable(rules)
                .onItem()
                .transformToUniAndConcatenate(rule -> pruneTable(rule, 0L).invoke(n -> deleted.put(rule.table(), n)))
                .collect()
                .last()
                .replaceWith(deleted);
    }

    private Uni<Long> pruneTable(Rule rule, long sofar) {
        Instant cutOff = clock.instant().minus(rule.keep());
        return pool.preparedQuery(rule.deleteBatch(BATCH))
                .execute(Tuple.of(OffsetDateTime.ofInstant(cutOff, ZoneOffset.UTC)))
                .onItem()
                .transformToUni(rows -> rows.rowCount() < BATCH
                        ? Uni.createFrom().item(sofar + rows.rowCount())
                        : pruneTable(rule, sofar + rows.rowCount()));
    }
}
