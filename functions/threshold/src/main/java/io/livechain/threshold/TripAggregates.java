package io.livechain.threshold;

import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.ColdChainProfile;
import io.livechain.threshold.rules.EvidenceScope;
import io.livechain.threshold.rules.Sample;
import io.livechain.threshold.rules.TripAggregate;
import io.livechain.threshold.store.TripAggregateRows;
import io.livechain.threshold.store.TripKey;
import io.livechain.threshold.store.TripReadings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Keeps each trip's {@link TripAggregate} in step with its stored readings, in the event's
 * transaction (the asset's lock orders a trip's readings). Per reading it runs a bounded number of
 * indexed queries: a reading in order only one when readings leave the MKT window, a late one its two
 * neighbours. Only a trip without figures (begun before they were kept) or judged under a different
 * profile than before is replayed from all its readings, once.
 */
@ApplicationScoped
public class TripAggregates {

    /** The trip's stored figures, or null; read after the asset's lock, pipelined with the event's other reads. */
    static Uni<TripAggregateRows.Stored> find(EventTx tx, TripKey key) {
        return TripAggregateRows.find(tx.connection, key);
    }

    /** Folds a just-stored reading into its trip's figures, queues their write and returns them. */
    public Uni<TripAggregate> add(
            EventTx tx, TripKey key, TripAggregateRows.Stored row, Sample sample, ColdChainProfile profile) {
        String judgedUnder = profile.toString();
        Uni<TripAggregate> next = row == null || !row.profile().equals(judgedUnder)
                ? replay(tx, key, profile)
                : next(tx, row.aggregate(), key, sample, profile);
        return next.invoke(
                aggregate -> tx.write(TripAggregateRows.UPSERT, TripAggregateRows.values(key, judgedUnder, aggregate)));
    }

    /** The last readings in {@code scope} (oldest first), with one LIMIT query. */
    public Uni<List<SensorReading>> evidence(
            EventTx tx, TripKey key, EvidenceScope scope, Sample latest, String profile) {
        return TripReadings.evidence(tx.connection, key, scope, latest, profile);
    }

    private Uni<TripAggregate> next(
            EventTx tx, TripAggregate current, TripKey key, Sample sample, ColdChainProfile profile) {
        if (current.isLate(sample)) {
            Uni<Sample> before = TripReadings.justBefore(tx.connection, key, sample);
            Uni<Sample> after = TripReadings.justAfter(tx.connection, key, sample);
            return Uni.combine()
                    .all()
                    .unis(before, after)
                    .with((predecessor, successor) -> current.insertLate(profile, sample, predecessor, successor));
        }
        if (!current.windowSlides(profile, sample.time())) {
            return Uni.createFrom().item(current.append(profile, sample, List.of(), current.windowFirst()));
        }
        Instant upTo = TripAggregate.windowAfter(profile, sample.time());
        return TripReadings.slide(tx.connection, key, current.windowAfter(profile), upTo)
                .map(slide -> current.append(profile, sample, slide.leaving(), slide.first()));
    }

    private Uni<TripAggregate> replay(EventTx tx, TripKey key, ColdChainProfile profile) {
        return TripReadings.all(tx.connection, key).map(trip -> TripAggregate.replay(profile, trip));
    }
}
