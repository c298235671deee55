package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Data of {@code io.livechain.alert.resolved.v1}: the open alert {@code dedupKey} has cleared. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertResolved(
        String alertId, String dedupKey, String assetId, String rule, String summary, Instant resolvedAt) {}
