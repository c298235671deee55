package io.livechain.network.builder;

import io.livechain.model.network.Coordinates;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Where one area (a sea, a landmass) opens into another: straits, canals, capes, bridges, tunnels.
 * Within one area a straight line is taken as passable; between areas a route goes through gates.
 * The shortest such route is a fair length for a lane once a mode's circuity is applied, and it
 * keeps the rules from drawing a ship across Italy or a truck across the Baltic.
 */
final class Crossings {

    /** A gate: a point on the route that belongs to every area it joins. */
    record Gate(String name, Coordinates at, Set<String> areas) {
        Gate(String name, double latitude, double longitude, String... areas) {
            this(name, new Coordinates(latitude, longitude), Set.of(areas));
        }
    }

    /**
     * The seas ports open on and the passages between them. Only passages that matter for a lane
     * are here: those without which a straight line between two ports would cross a continent
     * (Suez, Panama, Gibraltar, Malacca, the Cape) or a peninsula (Jutland, Italy, Oman, Sri Lanka).
     */
    static final Crossings SEA = new Crossings(List.of(
            new Gate("Skagen", 57.90, 10.80, "north-sea", "kattegat"),
            new Gate("Oresund", 55.90, 12.70, "kattegat", "baltic"),
            new Gate("Kiel Canal", 54.30, 9.70, "north-sea", "baltic"),
            new Gate("Ushant", 48.50, -5.40, "north-sea", "atlantic"),
            new Gate("St George's Channel", 51.90, -6.00, "irish-sea", "atlantic"),
            new Gate("Strait of Gibraltar", 35.95, -5.60, "atlantic", "med-west"),
            new Gate("Sicily Channel", 37.20, 11.60, "med-west", "med-east"),
            new Gate("Strait of Messina", 38.20, 15.62, "med-west", "med-east"),
            new Gate("Strait of Otranto", 40.00, 18.95, "adriatic", "med-east"),
            new Gate("Dardanelles", 40.05, 26.20, "med-east", "marmara"),
            new Gate("Bosporus", 41.20, 29.10, "marmara", "black-sea"),
            new Gate("Port Said (Suez Canal north)", 31.35, 32.35, "med-east", "suez-canal"),
            new Gate("Suez (Suez Canal south)", 29.90, 32.56, "suez-canal", "red-sea"),
            new Gate("Bab-el-Mandeb", 12.60, 43.35, "red-sea", "indian-ocean"),
            new Gate("Strait of Hormuz", 26.55, 56.45, "gulf", "gulf-of-oman"),
            new Gate("Ras al Hadd", 22.60, 60.00, "gulf-of-oman", "indian-ocean"),
            new Gate("Dondra Head", 5.80, 80.60, "indian-ocean", "bay-of-bengal"),
            new Gate("Strait of Malacca (north)", 6.20, 95.00, "bay-of-bengal", "malacca"),
            new Gate("Singapore Strait", 1.25, 104.20, "malacca", "pacific"),
            new Gate("Sunda Strait", -6.00, 105.80, "indian-ocean", "pacific"),
            new Gate("Cape Leeuwin", -35.00, 115.00, "indian-ocean", "australia-south"),
            new Gate("Bass Strait", -39.30, 146.50, "australia-south", "pacific"),
            new Gate("Cape Agulhas", -35.20, 20.00, "atlantic", "indian-ocean"),
            new Gate("Panama Canal", 9.10, -79.70, "atlantic", "pacific"),
            new Gate("Cape Horn", -56.10, -67.30, "atlantic", "pacific"),
            new Gate("Florida Strait", 24.30, -81.80, "gulf-of-mexico", "atlantic"),
            new Gate("Yucatan Channel", 21.80, -85.90, "gulf-of-mexico", "atlantic")));

    /**
     * Fixed links a truck or train can cross without a ferry. Copenhagen sits on Zealand, which
     * reaches Sweden over the Oresund Bridge and the continent over the Great Belt; Britain reaches
     * France through the Channel Tunnel (Le Shuttle for trucks). Anatolia is a landmass of its own
     * here because every road from it to Europe crosses the Bosporus: without the gate a truck
     * would drive from Mersin to Piraeus across the Aegean.
     */
    static final Crossings LAND = new Crossings(List.of(
            new Gate("Channel Tunnel", 51.01, 1.48, "great-britain", "europe-asia"),
            new Gate("Bosporus bridges", 41.08, 29.05, "europe-asia", "anatolia"),
            new Gate("Oresund Bridge", 55.58, 12.83, "scandinavia", "zealand"),
            new Gate("Great Belt Bridge", 55.34, 11.03, "zealand", "europe-asia")));

    private final List<Gate> gates;
    /** Shortest km between two gates (Floyd-Warshall over gates that share an area). */
    private final double[][] between;

    Crossings(List<Gate> gates) {
        this.gates = List.copyOf(gates);
        int n = gates.size();
        between = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                between[i][j] = i == j
                        ? 0
                        : shareArea(gates.get(i).areas(), gates.get(j).areas())
                                ? gates.get(i).at().kilometresTo(gates.get(j).at())
                                : Double.POSITIVE_INFINITY;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    between[i][j] = Math.min(between[i][j], between[i][k] + between[k][j]);
                }
            }
        }
    }

    /**
     * Great-circle km of the shortest route from a point in {@code areasA} to a point in
     * {@code areasB}: straight when they share an area, else through gates; infinite if there is none.
     */
    double kilometres(Coordinates a, Set<String> areasA, Coordinates b, Set<String> areasB) {
        double best = shareArea(areasA, areasB) ? a.kilometresTo(b) : Double.POSITIVE_INFINITY;
        for (int i = 0; i < gates.size(); i++) {
            if (!shareArea(gates.get(i).areas(), areasA)) {
                continue;
            }
            double first = a.kilometresTo(gates.get(i).at());
            for (int j = 0; j < gates.size(); j++) {
                if (shareArea(gates.get(j).areas(), areasB) && between[i][j] < Double.POSITIVE_INFINITY) {
                    best = Math.min(
                            best, first + between[i][j] + gates.get(j).at().kilometresTo(b));
                }
            }
        }
        return best;
    }

    /** The same for two places, in a stable order so that a to b and b to a give the same double. */
    double kilometres(Place a, Place b, boolean bySea) {
        Place first = a.id().compareTo(b.id()) <= 0 ? a : b;
        Place second = first == a ? b : a;
        return kilometres(first.position(), areas(first, bySea), second.position(), areas(second, bySea));
    }

    private static Set<String> areas(Place place, boolean bySea) {
        return bySea ? place.seas() : Set.of(place.landmass());
    }

    private static boolean shareArea(Set<String> a, Set<String> b) {
        return !Collections.disjoint(a, b);
    }
}
