package io.livechain.reroute.state;

import io.livechain.model.Condition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A live condition as last reported (by event time) under its id. */
@Entity
@Table(name = "conditions")
public class StoredCondition extends PanacheEntityBase {

    @Id
    @Column(name = "condition_id")
    public String conditionId;

    public String kind;

    @Column(name = "facility_id")
    public String facilityId;

    @Column(name = "lane_id")
    public String laneId;

    @Column(name = "extra_delay_minutes")
    public Integer extraDelayMinutes;

    public BigDecimal factor;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    public String source;

    @Column(name = "event_time")
    public Instant eventTime;

    /** Stores the condition unless a version with a later event time is already there; true if stored. */
    public static Uni<Boolean> upsert(Condition c, Instant eventTime) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                insert into {h-schema}conditions (condition_id, kind, facility_id, lane_id, extra_delay_minutes, factor,
                    valid_from, valid_until, source, event_time) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (condition_id) do update set kind = excluded.kind, facility_id = excluded.facility_id,
                    lane_id = excluded.lane_id, extra_delay_minutes = excluded.extra_delay_minutes,
                    factor = excluded.factor, valid_from = excluded.valid_from, valid_until = excluded.valid_until,
                    source = excluded.source, event_time = excluded.event_time
                where conditions.event_time <= excluded.event_time""")
                        .setParameter(1, c.conditionId())
                        .setParameter(2, c.kind().name())
                        .setParameter(3, c.facilityId())
                        .setParameter(4, c.laneId())
                        .setParameter(5, c.extraDelayMinutes())
                        .setParameter(6, c.factor())
                        .setParameter(7, c.validFrom())
                        .setParameter(8, c.validUntil())
                        .setParameter(9, c.source())
                        .setParameter(10, eventTime)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }

    /** Conditions still valid at or after {@code at}. */
    public static Uni<List<StoredCondition>> validAfter(Instant at) {
        return list("validUntil > ?1 order by conditionId", at);
    }

    public Condition toCondition() {
        return new Condition(
                conditionId,
                Condition.Kind.valueOf(kind),
                facilityId,
                laneId,
                extraDelayMinutes,
                factor,
                validFrom,
                validUntil,
                source);
    }
}
