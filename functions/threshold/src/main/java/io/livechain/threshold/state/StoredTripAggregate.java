package io.livechain.threshold.state;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.livechain.threshold.rules.Sample;
import io.livechain.threshold.rules.TripAggregate;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A trip's running cold-chain figures, and the profile they were computed under. */
@Entity
@Table(name = "trip_aggregates")
public class StoredTripAggregate extends PanacheEntityBase {

    @EmbeddedId
    public TripKey key;

    @Column(nullable = false)
    public String profile;

    @Column(name = "latest_time", nullable = false)
    public Instant latestTime;

    @Column(name = "latest_seq", nullable = false)
    public long latestSeq;

    @Column(name = "latest_celsius", nullable = false)
    public double latestCelsius;

    @Column(name = "out_of_range_micros", nullable = false)
    public long outOfRangeMicros;

    @Column(name = "run_start_time")
    public Instant runStartTime;

    @Column(name = "run_start_seq")
    public Long runStartSeq;

    @Column(name = "run_start_celsius")
    public Double runStartCelsius;

    @Column(name = "mkt_sum", nullable = false)
    public BigDecimal mktSum;

    @Column(name = "mkt_count", nullable = false)
    public long mktCount;

    @Column(name = "window_first", nullable = false)
    public Instant windowFirst;

    public TripAggregate toAggregate() {
        Sample runStart = runStartTime == null ? null : new Sample(runStartTime, runStartSeq, runStartCelsius);
        return new TripAggregate(new Sample(latestTime, latestSeq, latestCelsius), Duration.of(outOfRangeMicros,
                ChronoUnit.MICROS), runStart, mktSum, mktCount, windowFirst);
    }

    public void set(String profile, TripAggregate aggregate) {
        this.profile = profile;
        latestTime = aggregate.latest().time();
        latestSeq = aggregate.latest().seq();
        latestCelsius = aggregate.latest().celsius();
        // Stored times are whole microseconds, so the total is too.
        outOfRangeMicros = aggregate.outOfRange().toNanos() / 1000;
        Sample runStart = aggregate.runStart();
        runStartTime = runStart == null ? null : runStart.time();
        runStartSeq = runStart == null ? null : runStart.seq();
        runStartCelsius = runStart == null ? null : runStart.celsius();
        mktSum = aggregate.mktSum();
        mktCount = aggregate.mktCount();
        windowFirst = aggregate.windowFirst();
    }
}
