package io.livechain.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One CloudEvent (source + id, its identity by the spec) at one channel. */
@Embeddable
public record DeliveryKey(
        @Column(name = "event_source") String eventSource,
        @Column(name = "event_id") String eventId,
        @Column(name = "channel") String channel)
        implements Serializable {}
