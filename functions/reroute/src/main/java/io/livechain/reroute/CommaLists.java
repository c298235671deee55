package io.livechain.reroute;

import io.livechain.model.network.Lane;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comma-separated text columns of a shipment ({@code modes}, {@code watched}): the network
 * file's id pattern and the mode labels hold no comma.
 */
final class CommaLists {

    private CommaLists() {}

    /** The modes as stored; null or none (the planner then takes all modes) is stored as null. */
    static String modes(List<Lane.Mode> modes) {
        return modes == null || modes.isEmpty()
                ? null
                : modes.stream().map(Lane.Mode::label).collect(Collectors.joining(","));
    }

    /** The modes a stored text allows; null: all. */
    static Set<Lane.Mode> modes(String stored) {
        return stored == null
                ? EnumSet.allOf(Lane.Mode.class)
                : Arrays.stream(stored.split(","))
                        .map(m -> Lane.Mode.valueOf(m.toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Lane.Mode.class)));
    }

    static List<String> ids(String stored) {
        return stored == null ? List.of() : List.of(stored.split(","));
    }

    static String append(String stored, String id) {
        return stored == null ? id : stored + "," + id;
    }
}
