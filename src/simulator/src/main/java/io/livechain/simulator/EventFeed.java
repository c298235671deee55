package io.livechain.simulator;

import java.time.Instant;
import java.util.List;

/** A kind of device or feed: what it emits in each simulated second. */
interface EventFeed {

    /** Adds the events of second {@code n} (from 0), which starts at {@code now}, to {@code out}. */
    void second(long n, Instant now, List<SimulatedEvent> out);
}
