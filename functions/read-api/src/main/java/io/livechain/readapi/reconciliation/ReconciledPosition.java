package io.livechain.readapi.reconciliation;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.livechain.model.PlainDecimalSerializer;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stock position the legacy WMS knows, beside Livechain's figure for it. {@code uom} is '' for
 * counted items, as both views keep it; {@code livechainOnHand} is 0 where Livechain never saw the
 * position; {@code difference} = livechainOnHand − legacyOnHand; {@code lastChangedAt} is the later
 * of the two figures' change times.
 */
public record ReconciledPosition(
        String sku,
        String location,
        String uom,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal legacyOnHand,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal livechainOnHand,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal difference,
        Instant lastChangedAt) {}
