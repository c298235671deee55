package io.livechain.reroute.state;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One plan or reroute of a shipment with its reason: the history the API shows, and the outbox
 * of the event announcing it ({@code publishedAt} null until the broker took it).
 */
@Entity
@Table(name = "plans")
public class PlanRecord extends PanacheEntityBase {

    public static final String PLANNED = "planned";
    public static final String REROUTED = "rerouted";

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "shipment_id")
    public String shipmentId;

    public int seq;
    public String kind;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String trigger;
    public String reason;

    @ColumnTransformer(read = "route::text", write = "cast(cast(? as text) as jsonb)")
    public String route;

    public Instant eta;

    @Column(name = "eta_change_minutes")
    public Long etaChangeMinutes;

    @ColumnTransformer(read = "condition_ids::text", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "condition_ids")
    public String conditionIds;

    @Column(name = "event_type")
    public String eventType;

    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    public String payload;

    @Column(name = "cause_source")
    public String causeSource;

    @Column(name = "cause_id")
    public String causeId;

    /** The span that decided the plan: its event continues that trace, however late it is posted. */
    public String traceparent;
    /** Wall-clock time of recording (decidedAt is event time): what the publisher's sweep goes by. */
    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "published_at")
    public Instant publishedAt;
}
