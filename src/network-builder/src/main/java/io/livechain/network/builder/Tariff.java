package io.livechain.network.builder;

import io.livechain.model.network.Lane;
import io.livechain.model.network.Lane.Mode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Turns a link into its two directed lanes: speed and cost per mode. Figures are per shipment unit
 * (one container or pallet position) and meant to rank options sensibly, not to quote a price:
 * a fixed part (pick-up, terminal lifts, port dues, airport handling) plus a rate per km.
 */
final class Tariff {

    /** Cruising speeds: a truck on motorways, an intermodal train, a ship at about 16 knots, a freighter. */
    static final double ROAD_KMH = 65;

    static final double RAIL_KMH = 50;
    static final double SEA_KMH = 30;
    static final double AIR_KMH = 800;
    /** Taxi, climb and descent on every flight. */
    static final int AIR_EXTRA_MINUTES = 60;
    /** EU driving rules: 45 minutes' break after each 4.5 hours at the wheel (no daily rest: two drivers). */
    static final double DRIVING_HOURS_BEFORE_BREAK = 4.5;

    static final int BREAK_MINUTES = 45;

    private Tariff() {}

    static List<Lane> lanes(Link link) {
        double km = round(link.distanceKm());
        return List.of(
                lane(link.a(), link.b(), link.mode(), km, link.reefer()),
                lane(link.b(), link.a(), link.mode(), km, link.reefer()));
    }

    static String laneId(String from, String to, Mode mode) {
        return from + ">" + to + "." + mode.label();
    }

    private static Lane lane(Place from, Place to, Mode mode, double km, boolean reefer) {
        return new Lane(
                laneId(from.id(), to.id(), mode),
                from.id(),
                to.id(),
                mode,
                km,
                transitMinutes(mode, km),
                cost(mode, km),
                reefer);
    }

    static int transitMinutes(Mode mode, double km) {
        double minutes = switch (mode) {
            case ROAD -> {
                double driving = km / ROAD_KMH * 60;
                int breaks = Math.max(0, (int) Math.ceil(driving / (DRIVING_HOURS_BEFORE_BREAK * 60)) - 1);
                yield driving + breaks * BREAK_MINUTES;
            }
            case RAIL -> km / RAIL_KMH * 60;
            case SEA -> km / SEA_KMH * 60;
            case AIR -> km / AIR_KMH * 60 + AIR_EXTRA_MINUTES;
        };
        return Math.max(1, (int) Math.round(minutes));
    }

    static BigDecimal cost(Mode mode, double km) {
        BigDecimal perKm;
        BigDecimal fixed;
        switch (mode) {
            case ROAD -> {
                perKm = new BigDecimal("1.60");
                fixed = new BigDecimal("60");
            }
            case RAIL -> {
                perKm = new BigDecimal("0.90");
                fixed = new BigDecimal("250");
            }
            case SEA -> {
                perKm = new BigDecimal("0.12");
                fixed = new BigDecimal("400");
            }
            case AIR -> {
                perKm = new BigDecimal("5.50");
                fixed = new BigDecimal("150");
            }
            default -> throw new IllegalArgumentException(mode.name());
        }
        return perKm.multiply(BigDecimal.valueOf(km)).add(fixed).setScale(2, RoundingMode.HALF_UP);
    }

    /** One decimal, half up: what the file shows is what times and costs are computed from. */
    static double round(double km) {
        return BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
