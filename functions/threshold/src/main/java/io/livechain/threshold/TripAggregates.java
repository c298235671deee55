package io.livechain.threshold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.ColdChainProfile;
import io.livechain.threshold.rules.EvidenceScope;
import io.livechain.threshold.rules.Sample;
import io.livechain.threshold.rules.TripAggregate;
import io.livechain.threshold.state.StoredReading;
import io.livechain.threshold.state.StoredTripAggregate;
import io.livechain.threshold.state.TripKey;
import io.smallrye.mutiny.Uni;

/**
 * Keeps each trip's {@link TripAggregate} in step with its stored readings, in the caller's
 * transaction (the asset's lock orders a trip's readings). Per reading it runs a bounded number of
 * indexed queries: a reading in order looks up only the readings leaving the MKT window, a late one
 * its two neighbours. Only a trip without figures (begun before they were kept) or judged under a
 * different profile than before is replayed from all its readings, once.
 */
@ApplicationScoped
public class TripAggregates {

    /** Folds a just-stored reading into its trip's figures and returns them. */
    public Uni<TripAggregate> add(StoredReading reading, ColdChainProfile profile) {
        TripKey key = TripKey.of(reading.assetId, reading.metric, reading.shipmentId);
        String judgedUnder = profile.toString();
        return StoredTripAggregate.<StoredTripAggregate> findById(key).chain(row -> {
            if (row == null || !row.profile.equals(judgedUnder)) {
                return replay(key, profile).chain(aggregate -> save(row, key, judgedUnder, aggregate));
            }
            return next(row.toAggregate(), key, reading.sample(), profile).map(aggregate -> {
                row.set(judgedUnder, aggregate); // updated at commit, with the reading
                return aggregate;
            });
        });
    }

    /** The last readings in {@code scope} (oldest first), with one LIMIT query. */
    public Uni<List<SensorReading>> evidence(StoredReading reading, EvidenceScope scope, Sample latest, String profile) {
        TripKey key = TripKey.of(reading.assetId, reading.metric, reading.shipmentId);
        int limit = EvidenceScope.LIMIT;
        Uni<List<StoredReading>> newestFirst;
        if (scope instanceof EvidenceScope.From from) {
            newestFirst = StoredReading.lastOf(key, "eventTime > ?4 or (eventTime = ?4 and id >= ?5)", limit,
                    from.first().time(), from.first().seq());
        } else if (scope instanceof EvidenceScope.OutOfRange range) {
            newestFirst = StoredReading.lastOf(key, "cast(value as double) < ?4 or cast(value as double) > ?5", limit,
                    range.min(), range.max());
        } else if (scope instanceof EvidenceScope.After after) {
            newestFirst = StoredReading.lastOf(key, "eventTime > ?4", limit, after.after());
        } else {
            newestFirst = StoredReading.lastOf(key, "id = ?4", 1, latest.seq());
        }
        return newestFirst.map(readings -> {
            List<SensorReading> oldestFirst = new ArrayList<>(readings.stream().map(r -> r.toReading(profile)).toList());
            Collections.reverse(oldestFirst);
            return oldestFirst;
        });
    }

    private Uni<TripAggregate> next(TripAggregate current, TripKey key, Sample sample, ColdChainProfile profile) {
        if (current.isLate(sample)) {
            return StoredReading.justBefore(key, sample).chain(before -> StoredReading.justAfter(key, sample)
                    .map(after -> current.insertLate(profile, sample, before == null ? null : before.sample(),
                            after.sample())));
        }
        if (!current.windowSlides(profile, sample.time())) {
            return Uni.createFrom().item(current.append(profile, sample, List.of(), current.windowFirst()));
        }
        Instant upTo = TripAggregate.windowAfter(profile, sample.time());
        return StoredReading.stampedBetween(key, current.windowAfter(profile), upTo)
                .chain(leaving -> StoredReading.firstAfter(key, upTo).map(first -> current.append(profile, sample,
                        leaving.stream().map(r -> r.value.doubleValue()).toList(), first.eventTime)));
    }

    private Uni<TripAggregate> replay(TripKey key, ColdChainProfile profile) {
        return StoredReading.trip(key).map(trip -> TripAggregate.replay(profile,
                trip.stream().map(StoredReading::sample).toList()));
    }

    private Uni<TripAggregate> save(StoredTripAggregate existing, TripKey key, String profile, TripAggregate aggregate) {
        StoredTripAggregate row = existing != null ? existing : new StoredTripAggregate();
        row.key = key;
        row.set(profile, aggregate);
        return (existing != null ? Uni.createFrom().voidItem() : row.persist().replaceWithVoid()).replaceWith(aggregate);
    }
}
