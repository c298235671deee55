package io.livechain.reroute;

import io.livechain.model.Condition;
import io.livechain.reroute.routing.LiveConditions;
import io.livechain.reroute.state.StoredCondition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Live conditions, in the caller's transaction: each as last reported by event time. */
@ApplicationScoped
public class ConditionStore {

    /** The conditions valid at or after a time, as reported (by id) and compiled for the search. */
    public record Live(List<Condition> conditions, LiveConditions compiled) {

        /** Those of {@code ids}, in id order. */
        public List<Condition> named(Collection<String> ids) {
            return conditions.stream()
                    .filter(c -> ids.contains(c.conditionId()))
                    .toList();
        }
    }

    /** The facility and lane ids a condition is on: the refs of {@code route_stops} it reaches. */
    public static List<String> refs(Condition condition) {
        List<String> refs = new ArrayList<>();
        if (condition.facilityId() != null) {
            refs.add(condition.facilityId());
        }
        if (condition.laneId() != null) {
            refs.add(condition.laneId());
        }
        return refs;
    }

    private final RoutingNetwork network;

    public ConditionStore(RoutingNetwork network) {
        this.network = network;
    }

    /** Stores the condition unless a version with a later event time is known; true if stored. */
    public Uni<Boolean> record(Condition condition, Instant eventTime) {
        return StoredCondition.upsert(condition, eventTime);
    }

    /** Those in force at {@code at} with {@code extra} added, replacing a stored one of its id. */
    public Uni<Live> liveAtWith(Instant at, Condition extra) {
        return StoredCondition.validAfter(at).map(stored -> {
            List<Condition> conditions = new ArrayList<>();
            stored.stream()
                    .map(StoredCondition::toCondition)
                    .filter(c -> !c.conditionId().equals(extra.conditionId()))
                    .forEach(conditions::add);
            conditions.add(extra);
            conditions.sort(Comparator.comparing(Condition::conditionId));
            return new Live(List.copyOf(conditions), LiveConditions.of(network.graph(), conditions));
        });
    }

    public Uni<Live> liveAt(Instant at) {
        return StoredCondition.validAfter(at).map(stored -> {
            List<Condition> conditions =
                    stored.stream().map(StoredCondition::toCondition).toList();
            return new Live(conditions, LiveConditions.of(network.graph(), conditions));
        });
    }
}
