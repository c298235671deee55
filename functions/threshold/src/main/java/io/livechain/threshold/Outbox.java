package io.livechain.threshold;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.livechain.model.EventType;
import io.livechain.threshold.store.OutboxRow;

/** Records decided events in the event's transaction; {@link OutboxPublisher} posts them after commit. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Records {@code data} as an event of {@code type}, decided while handling {@code tx}'s event. */
    void add(EventTx tx, EventType type, String eventId, String partitionKey, Record data) {
        try {
            // Truncated as PostgreSQL stores it, so posting from memory orders and stamps as a reload would.
            tx.decide(new OutboxRow(eventId, type.type(), partitionKey, mapper.writeValueAsString(data),
                    Instant.now().truncatedTo(ChronoUnit.MICROS)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type.type(), e);
        }
    }
}
