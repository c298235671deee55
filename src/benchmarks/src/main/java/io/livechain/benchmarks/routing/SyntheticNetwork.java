package io.livechain.benchmarks.routing;

import io.livechain.model.network.Coordinates;
import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic network for the routing benchmark, shaped like a real one: facilities
 * scattered over land-like boxes of the continents (two thirds around city centres, the rest
 * spread out), each joined by road both ways to its nearest neighbours (found through a grid of
 * 0.25° cells, so 100,000 facilities build in seconds); about 2 % are ports near the box edges
 * with sea lanes to their nearest ports plus hub-to-hub lanes between regions, about 0.5 % are
 * airports with air lanes likewise. Transit time is great-circle distance times a detour factor
 * over the mode's speed (road 65 km/h ×1.25, sea 30 km/h ×1.35, air 800 km/h); about 70 % of road
 * lanes (both directions alike) are reefer. Lanes come out sorted by their origin facility.
 */
public final class SyntheticNetwork {

    /** A land-like box of a continent and its share of the facilities. */
    record Region(
            String name, String country, double latMin, double latMax, double lonMin, double lonMax, double share) {}

    static final List<Region> REGIONS = List.of(
            new Region("north-america", "US", 26, 50, -124, -70, 0.20),
            new Region("central-america", "MX", 15, 26, -106, -88, 0.03),
            new Region("south-america", "BR", -35, 5, -74, -36, 0.08),
            new Region("europe", "DE", 37, 60, -9, 30, 0.21),
            new Region("africa", "NG", -30, 14, -16, 40, 0.06),
            new Region("middle-east", "AE", 14, 36, 36, 58, 0.04),
            new Region("south-asia", "IN", 8, 30, 68, 90, 0.09),
            new Region("east-asia", "CN", 21, 45, 102, 130, 0.18),
            new Region("south-east-asia", "ID", -8, 20, 96, 122, 0.07),
            new Region("oceania", "AU", -38, -16, 115, 153, 0.04));

    static final double ROAD_KMH = 65;
    static final double ROAD_DETOUR = 1.25;
    static final double SEA_KMH = 30;
    static final double SEA_DETOUR = 1.35;
    static final double AIR_KMH = 800;

    private static final double CELL_DEGREES = 0.25;
    private static final double KM_PER_DEGREE = 111.195;

    private final int count;
    private final int roadNeighbours;
    private final SplittableRandom random;
    private final double[] lat;
    private final double[] lon;
    private final int[] region;
    private final Facility.Kind[] kind;
    private final boolean[] hub;
    /** Lanes as (from, to, mode, km, reefer), both directions, before sorting. */
    private final LaneBuffer lanes = new LaneBuffer();

    private SyntheticNetwork(int count, int roadNeighbours, long seed) {
        this.count = count;
        this.roadNeighbours = roadNeighbours;
        this.random = new SplittableRandom(seed);
        lat = new double[count];
        lon = new double[count];
        region = new int[count];
        kind = new Facility.Kind[count];
        hub = new boolean[count];
    }

    /** {@code facilities} facilities, each joined by road to its 4 nearest; the same seed gives the same network. */
    public static Network generate(int facilities, long seed) {
        return generate(facilities, 4, seed);
    }

    public static Network generate(int facilities, int roadNeighbours, long seed) {
        SyntheticNetwork n = new SyntheticNetwork(facilities, roadNeighbours, seed);
        boolean[] nearCentre = n.place();
        n.assignKinds(nearCentre);
        n.roads();
        n.links(Facility.Kind.PORT, Lane.Mode.SEA, 3, SEA_DETOUR, 0.85);
        n.links(Facility.Kind.AIRPORT, Lane.Mode.AIR, 4, 1.0, 0.6);
        return n.build(seed);
    }

    /** Places every facility in a region; returns which were placed right at a city centre. */
    private boolean[] place() {
        boolean[] atCentre = new boolean[count];
        int next = 0;
        for (int r = 0; r < REGIONS.size(); r++) {
            Region box = REGIONS.get(r);
            int inRegion = r == REGIONS.size() - 1 ? count - next : (int) Math.round(count * box.share());
            int cities = Math.max(3, inRegion / 200);
            double[] cityLat = new double[cities];
            double[] cityLon = new double[cities];
            double[] spread = new double[cities];
            for (int c = 0; c < cities; c++) {
                cityLat[c] = uniform(box.latMin() + 0.5, box.latMax() - 0.5);
                cityLon[c] = uniform(box.lonMin() + 0.5, box.lonMax() - 0.5);
                spread[c] = uniform(0.15, 0.9);
            }
            for (int i = 0; i < inRegion && next < count; i++, next++) {
                region[next] = r;
                if (i < cities) { // one facility right at each city centre (airport candidates)
                    lat[next] = cityLat[i];
                    lon[next] = cityLon[i];
                    atCentre[next] = true;
                } else if (random.nextDouble() < 0.65) {
                    int c = random.nextInt(cities);
                    double la;
                    double lo;
                    do {
                        la = cityLat[c] + gaussian() * spread[c];
                        lo = cityLon[c] + gaussian() * spread[c] / Math.cos(Math.toRadians(cityLat[c]));
                    } while (la < box.latMin() || la > box.latMax() || lo < box.lonMin() || lo > box.lonMax());
                    lat[next] = la;
                    lon[next] = lo;
                } else {
                    lat[next] = uniform(box.latMin(), box.latMax());
                    lon[next] = uniform(box.lonMin(), box.lonMax());
                }
            }
        }
        return atCentre;
    }

    /** Ports near the box edges (the "coast"), airports at city centres, then hubs, cross-docks, warehouses. */
    private void assignKinds(boolean[] atCentre) {
        for (int r = 0; r < REGIONS.size(); r++) {
            Region box = REGIONS.get(r);
            List<Integer> coast = new ArrayList<>();
            List<Integer> centres = new ArrayList<>();
            int inRegion = 0;
            for (int f = 0; f < count; f++) {
                if (region[f] != r) {
                    continue;
                }
                inRegion++;
                double edge = Math.min(
                        Math.min(lat[f] - box.latMin(), box.latMax() - lat[f]),
                        Math.min(lon[f] - box.lonMin(), box.lonMax() - lon[f]));
                if (atCentre[f]) {
                    centres.add(f);
                } else if (edge < 1.0) {
                    coast.add(f);
                }
            }
            pick(coast, Math.max(2, Math.round(inRegion * 0.02f)), Facility.Kind.PORT, 0.1);
            pick(centres, Math.max(2, Math.round(inRegion * 0.005f)), Facility.Kind.AIRPORT, 0.2);
        }
        for (int f = 0; f < count; f++) {
            if (kind[f] == null) {
                double p = random.nextDouble();
                kind[f] = p < 0.04
                        ? Facility.Kind.COLD_STORAGE_HUB
                        : p < 0.22 ? Facility.Kind.CROSS_DOCK : Facility.Kind.WAREHOUSE;
            }
        }
    }

    private void pick(List<Integer> candidates, int wanted, Facility.Kind as, double hubShare) {
        for (int i = 0; i < wanted && !candidates.isEmpty(); i++) {
            int f = candidates.remove(random.nextInt(candidates.size()));
            kind[f] = as;
            hub[f] = i == 0 || random.nextDouble() < hubShare; // every region has at least one hub
        }
    }

    /** Road both ways between every facility and its nearest neighbours, through a grid bucket index. */
    private void roads() {
        int rows = (int) Math.ceil(180 / CELL_DEGREES);
        int cols = (int) Math.ceil(360 / CELL_DEGREES);
        int[] cellOf = new int[count];
        int[] start = new int[rows * cols + 1];
        for (int f = 0; f < count; f++) {
            cellOf[f] = row(lat[f], rows) * cols + col(lon[f], cols);
            start[cellOf[f] + 1]++;
        }
        for (int c = 0; c < rows * cols; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[count];
        int[] fill = Arrays.copyOf(start, rows * cols);
        for (int f = 0; f < count; f++) {
            members[fill[cellOf[f]]++] = f;
        }
        long[] pairs = new long[count * roadNeighbours];
        int pairCount = 0;
        int[] best = new int[roadNeighbours];
        double[] bestKm = new double[roadNeighbours];
        for (int f = 0; f < count; f++) {
            int found = 0;
            int r0 = row(lat[f], rows);
            int c0 = col(lon[f], cols);
            double cos = Math.cos(Math.toRadians(lat[f]));
            for (int ring = 0; ring < Math.max(rows, cols); ring++) {
                for (int r = r0 - ring; r <= r0 + ring; r++) {
                    if (r < 0 || r >= rows) {
                        continue;
                    }
                    boolean edgeRow = r == r0 - ring || r == r0 + ring;
                    for (int c = c0 - ring; c <= c0 + ring; c += edgeRow ? 1 : 2 * ring) {
                        if (c >= 0 && c < cols) {
                            int cell = r * cols + c;
                            for (int m = start[cell]; m < start[cell + 1]; m++) {
                                int g = members[m];
                                if (g == f) {
                                    continue;
                                }
                                double dy = lat[g] - lat[f];
                                double dx = (lon[g] - lon[f]) * cos;
                                double km = Math.sqrt(dx * dx + dy * dy) * KM_PER_DEGREE;
                                if (found < roadNeighbours || km < bestKm[found - 1]) {
                                    int at = found < roadNeighbours ? found++ : found - 1;
                                    while (at > 0 && bestKm[at - 1] > km) {
                                        bestKm[at] = bestKm[at - 1];
                                        best[at] = best[at - 1];
                                        at--;
                                    }
                                    bestKm[at] = km;
                                    best[at] = g;
                                }
                            }
                        }
                        if (ring == 0) {
                            break;
                        }
                    }
                }
                // anything outside the rings searched is at least this far (in the metric above)
                double reach = ring * CELL_DEGREES * KM_PER_DEGREE * cos;
                if (found == roadNeighbours && bestKm[found - 1] <= reach) {
                    break;
                }
            }
            for (int i = 0; i < found; i++) {
                pairs[pairCount++] = (long) Math.min(f, best[i]) * count + Math.max(f, best[i]);
            }
        }
        long[] unique = Arrays.stream(pairs, 0, pairCount).sorted().distinct().toArray();
        for (long pair : unique) {
            int a = (int) (pair / count);
            int b = (int) (pair % count);
            both(a, b, Lane.Mode.ROAD, kilometres(a, b) * ROAD_DETOUR, random.nextDouble() < 0.7);
        }
    }

    /**
     * Sea or air: each facility of the kind to its {@code nearest} nearest of the kind (and non-hubs to
     * their nearest hub), each hub to the nearest hub of every other region.
     */
    private void links(Facility.Kind of, Lane.Mode mode, int nearest, double detour, double reeferShare) {
        int[] members = java.util.stream.IntStream.range(0, count)
                .filter(f -> kind[f] == of)
                .toArray();
        List<Long> pairs = new ArrayList<>();
        int[] best = new int[nearest];
        double[] bestKm = new double[nearest];
        int[] hubOf = new int[REGIONS.size()];
        double[] hubKm = new double[REGIONS.size()];
        for (int a : members) {
            int found = 0;
            Arrays.fill(hubOf, -1);
            Arrays.fill(hubKm, Double.MAX_VALUE);
            int nearestHub = -1;
            double nearestHubKm = Double.MAX_VALUE;
            for (int b : members) {
                if (b == a) {
                    continue;
                }
                double km = kilometres(a, b);
                if (found < nearest || km < bestKm[found - 1]) {
                    int at = found < nearest ? found++ : found - 1;
                    while (at > 0 && bestKm[at - 1] > km) {
                        bestKm[at] = bestKm[at - 1];
                        best[at] = best[at - 1];
                        at--;
                    }
                    bestKm[at] = km;
                    best[at] = b;
                }
                if (hub[b] && km < nearestHubKm) {
                    nearestHub = b;
                    nearestHubKm = km;
                }
                if (hub[b] && km < hubKm[region[b]]) {
                    hubOf[region[b]] = b;
                    hubKm[region[b]] = km;
                }
            }
            for (int i = 0; i < found; i++) {
                pairs.add(key(a, best[i]));
            }
            if (!hub[a] && nearestHub >= 0) {
                pairs.add(key(a, nearestHub));
            }
            for (int r = 0; r < REGIONS.size(); r++) {
                if (hub[a] && r != region[a] && hubOf[r] >= 0) {
                    pairs.add(key(a, hubOf[r]));
                }
            }
        }
        pairs.stream().distinct().sorted().forEach(pair -> {
            int a = (int) (pair / count);
            int b = (int) (pair % count);
            both(a, b, mode, kilometres(a, b) * detour, random.nextDouble() < reeferShare);
        });
    }

    private long key(int a, int b) {
        return (long) Math.min(a, b) * count + Math.max(a, b);
    }

    private void both(int a, int b, Lane.Mode mode, double km, boolean reefer) {
        lanes.add(a, b, mode, km, reefer);
        lanes.add(b, a, mode, km, reefer);
    }

    private Network build(long seed) {
        List<Facility> facilities = new ArrayList<>(count);
        for (int f = 0; f < count; f++) {
            facilities.add(new Facility(
                    id(f),
                    null,
                    kind[f],
                    REGIONS.get(region[f]).country(),
                    new Coordinates(lat[f], lon[f]),
                    kind[f] == Facility.Kind.COLD_STORAGE_HUB ? List.of(Facility.COLD_STORAGE) : List.of(),
                    handlingMinutes(kind[f])));
        }
        Integer[] order = new Integer[lanes.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(lanes.from[x], lanes.from[y]));
        List<Lane> list = new ArrayList<>(lanes.size);
        for (int i : order) {
            Lane.Mode mode = lanes.mode[i];
            double km = lanes.km[i];
            double kmh = switch (mode) {
                case ROAD -> ROAD_KMH;
                case SEA -> SEA_KMH;
                case AIR -> AIR_KMH;
                case RAIL -> 80;
            };
            int minutes = (int) Math.max(1, Math.ceil(km / kmh * 60));
            String prefix = mode.label().substring(0, 1) + ".";
            list.add(new Lane(
                    prefix + id(lanes.from[i]) + ">" + id(lanes.to[i]),
                    id(lanes.from[i]),
                    id(lanes.to[i]),
                    mode,
                    Math.round(km * 10) / 10.0,
                    minutes,
                    BigDecimal.valueOf(Math.round(km * (mode == Lane.Mode.AIR ? 400 : 120)), 2),
                    lanes.reefer[i]));
        }
        return new Network(
                "synthetic-" + count,
                "JMH routing benchmark network, seed " + seed + ", " + count + " facilities, " + list.size() + " lanes",
                facilities,
                list);
    }

    static int handlingMinutes(Facility.Kind kind) {
        return switch (kind) {
            case WAREHOUSE -> 90;
            case CROSS_DOCK -> 30;
            case PORT -> 720;
            case AIRPORT -> 240;
            case COLD_STORAGE_HUB -> 120;
        };
    }

    static String id(int f) {
        return "SYN-" + f;
    }

    private double kilometres(int a, int b) {
        return new Coordinates(lat[a], lon[a]).kilometresTo(new Coordinates(lat[b], lon[b]));
    }

    private static int row(double latitude, int rows) {
        return Math.min(rows - 1, (int) ((latitude + 90) / CELL_DEGREES));
    }

    private static int col(double longitude, int cols) {
        return Math.min(cols - 1, (int) ((longitude + 180) / CELL_DEGREES));
    }

    private double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    private double gaussian() { // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Growable primitive columns of the lanes. */
    private static final class LaneBuffer {
        int size;
        int[] from = new int[1024];
        int[] to = new int[1024];
        Lane.Mode[] mode = new Lane.Mode[1024];
        double[] km = new double[1024];
        boolean[] reefer = new boolean[1024];

        void add(int a, int b, Lane.Mode m, double distance, boolean r) {
            if (size == from.length) {
                int capacity = size * 2;
                from = Arrays.copyOf(from, capacity);
                to = Arrays.copyOf(to, capacity);
                mode = Arrays.copyOf(mode, capacity);
                km = Arrays.copyOf(km, capacity);
                reefer = Arrays.copyOf(reefer, capacity);
            }
            from[size] = a;
            to[size] = b;
            mode[size] = m;
            km[size] = distance;
            reefer[size++] = r;
        }
    }
}
