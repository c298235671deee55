package io.livechain.cdcadapter.config;

import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** How one legacy table's rows become catalogue events. */
public interface TableMapping {

    Emit emit();

    /** Catalogue field (sku, location, quantity, time, uom, shipment-id, ...) → the legacy column holding it. */
    Map<String, String> columns();

    /** GS1 CBV business step of the movements; by default the one {@link Emit} implies. */
    Optional<String> bizStep();

    @WithDefault("dead-letter")
    OnDelete onDelete();

    enum Emit {
        STOCK_IN,
        STOCK_OUT,
        CYCLE_COUNT,
        SHIPMENT_CREATED,
        IGNORE
    }

    enum OnDelete {
        /** A delete means nothing: refused, so it shows in the dead letters. */
        DEAD_LETTER,
        /** A stock row's delete takes its quantity back. */
        REVERSE,
        IGNORE
    }
}
