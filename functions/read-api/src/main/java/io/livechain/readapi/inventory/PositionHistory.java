package io.livechain.readapi.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A sku's movements at one location in event-time order (then arrival order); {@code from} and {@code to}
 * echo the window, absent when unbounded; {@code truncated} says more movements fall in it than listed.
 */
public record PositionHistory(
        String sku,
        String location,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant from,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant to,
        List<Movement> movements,
        boolean truncated) {}
