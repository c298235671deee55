package io.livechain.simulator;

import io.livechain.model.EventType;

/** One CloudEvent to send: its catalogue type, source, id and data (a catalogue record or a JSON tree). */
public record SimulatedEvent(EventType type, String source, String id, Object data) {}
