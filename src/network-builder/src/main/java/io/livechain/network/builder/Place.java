package io.livechain.network.builder;

import io.livechain.model.network.Coordinates;
import io.livechain.model.network.Facility;
import java.util.List;
import java.util.Set;

/**
 * One row of {@code places.csv}: a real place and what the lane rules need to know about it.
 *
 * @param landmass what trucks and trains reach without a ferry (see {@link Crossings#LAND})
 * @param seas     the seas a port opens on; empty for every other kind
 * @param rail     the rail network its intermodal terminal is on, empty if it has none
 */
record Place(
        String locode,
        Facility.Kind kind,
        String name,
        String country,
        String landmass,
        Set<String> seas,
        String rail,
        Coordinates position,
        List<String> capabilities) {

    static final String RAIL_TERMINAL = "rail-terminal";
    static final String REEFER_PLUGS = "reefer-plugs";

    /** Readable and stable: the UN/LOCODE of the place plus the kind, e.g. {@code NLRTM-PORT}. */
    String id() {
        return locode + "-" + Kinds.suffix(kind);
    }

    boolean can(String capability) {
        return capabilities.contains(capability);
    }

    boolean is(Facility.Kind k) {
        return kind == k;
    }

    Facility facility() {
        return new Facility(id(), name, kind, country, position, capabilities, Kinds.handlingMinutes(kind));
    }

    double kilometresTo(Place other) {
        return position.kilometresTo(other.position);
    }
}
