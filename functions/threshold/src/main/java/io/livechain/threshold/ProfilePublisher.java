package io.livechain.threshold;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Publishes the configured cold-chain profiles in {@code threshold.profiles_v1} at start-up, replacing
 * what an earlier configuration published, so readers see the limits readings are judged by.
 */
@ApplicationScoped
public class ProfilePublisher {

    private static final String UPSERT = "insert into threshold.profiles"
            + " (profile_id, min_c, max_c, hard_low_c, hard_high_c, published_at) values ($1, $2, $3, $4, $5, $6)"
            + " on conflict (profile_id) do update set min_c = excluded.min_c, max_c = excluded.max_c,"
            + " hard_low_c = excluded.hard_low_c, hard_high_c = excluded.hard_high_c,"
            + " published_at = excluded.published_at";
    private static final String DROP_OTHERS = "delete from threshold.profiles where not (profile_id = any($1))";

    void publish(@Observes StartupEvent start, Pool pool, ThresholdConfig config) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Tuple> rows = config.profiles().entrySet().stream()
                .map(entry -> Tuple.of(
                        entry.getKey(),
                        entry.getValue().min(),
                        entry.getValue().max(),
                        entry.getValue().hardLow().orElse(null),
                        entry.getValue().hardHigh().orElse(null),
                        now))
                .toList();
        String[] ids = config.profiles().keySet().toArray(String[]::new);
        pool.withTransaction(connection -> connection
                        .preparedQuery(DROP_OTHERS)
                        .execute(Tuple.of(ids))
                        .chain(() -> rows.isEmpty()
                                ? io.smallrye.mutiny.Uni.createFrom().voidItem()
                                : connection
                                        .preparedQuery(UPSERT)
                                        .executeBatch(rows)
                                        .replaceWithVoid()))
                .await()
                .indefinitely();
    }
}
