package io.livechain.network.builder;

import io.livechain.model.network.Facility.Kind;

/** Per kind of facility: the id suffix and the typical dwell between two lanes. */
final class Kinds {

    private Kinds() {}

    static String suffix(Kind kind) {
        return switch (kind) {
            case PORT -> "PORT";
            case AIRPORT -> "AIR";
            case WAREHOUSE -> "DC";
            case CROSS_DOCK -> "XD";
            case COLD_STORAGE_HUB -> "COLD";
        };
    }

    /**
     * A container spends about half a day in a port (discharge, yard, customs, loading), an air
     * shipment a few hours in the cargo terminal; a cross-dock only sorts, a warehouse also stores
     * and picks, a cold hub has to keep the chain closed while it does so.
     */
    static int handlingMinutes(Kind kind) {
        return switch (kind) {
            case PORT -> 720;
            case AIRPORT -> 240;
            case WAREHOUSE -> 180;
            case COLD_STORAGE_HUB -> 150;
            case CROSS_DOCK -> 90;
        };
    }

    /** The kind as written in places.csv and in the network file. */
    static Kind parse(String label) {
        for (Kind kind : Kind.values()) {
            if (kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "'");
    }
}
