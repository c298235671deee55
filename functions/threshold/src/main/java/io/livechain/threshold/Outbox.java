package io.livechain.threshold;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.livechain.model.EventType;
import io.livechain.threshold.state.OutboxEvent;
import io.smallrye.mutiny.Uni;

/** Records decided events in the caller's transaction; {@link OutboxPublisher} posts them after commit. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Records {@code data} as an event of {@code type}, decided while handling the event (causeSource, causeId). */
    public Uni<Void> add(EventType type, String eventId, String partitionKey, Record data, String causeSource,
            String causeId) {
        OutboxEvent event = new OutboxEvent();
        event.causeSource = causeSource;
        event.causeId = causeId;
        event.eventId = eventId;
        event.eventType = type.type();
        event.partitionKey = partitionKey;
        event.createdAt = Instant.now();
        try {
            event.payload = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type.type(), e);
        }
        return event.persist().replaceWithVoid();
    }
}
