package io.livechain.benchmarks.routing;

import io.livechain.model.Condition;
import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import io.livechain.model.network.NetworkFile;
import io.livechain.reroute.routing.Alternatives;
import io.livechain.reroute.routing.LiveConditions;
import io.livechain.reroute.routing.Path;
import io.livechain.reroute.routing.RouteQuery;
import io.livechain.reroute.routing.RoutingGraph;
import io.livechain.reroute.routing.TimeDependentRouter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One replan of the reroute function, timed per operation (p50 … p99.9): the time-dependent A*
 * over the live network ({@link TimeDependentRouter}) on the sample network file and on a
 * synthetic 100,000-facility network, beside JGraphT's plain Dijkstra on the same network and
 * pairs (static weights: base transit + handling minutes) as the baseline.
 *
 * <p>Each operation takes the next of 256 fixed (origin, destination, ready time) pairs, drawn
 * with a fixed seed among facilities the destination is reachable from over reefer lanes (so
 * every pair has a route for every variant). The live conditions (port congestion, weather and
 * traffic factors and delays, closures and strikes, all valid around the departure times; half
 * of them on lanes and stops the pairs' routes use) are built once per trial, except in
 * {@link #replanBuildingConditions}, which builds them from the condition rows each time as the
 * function does per replan.
 *
 * <p>Run through {@code Benchmarks routing} (see README, Benchmarks); {@code network} also takes
 * {@code synthetic-<n>} or {@code synthetic-<n>k} for other sizes.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class RoutingBenchmark {

    static final long SEED = 20261127L;
    static final int PAIRS = 256;
    /** Departures fall in the 12 hours after this moment; the conditions are valid around it. */
    static final long T0 = Instant.parse("2026-11-27T06:00:00Z").getEpochSecond();

    static final Set<Lane.Mode> ALL_MODES = EnumSet.allOf(Lane.Mode.class);

    /** The network, its compiled graph, the pairs and the live conditions: built once per trial. */
    @State(Scope.Benchmark)
    public static class Net {

        @Param({"sample", "synthetic-100k"})
        public String network;

        Network model;
        RoutingGraph graph;
        TimeDependentRouter router;
        Alternatives alternatives;
        int[] origin;
        int[] destination;
        long[] ready;
        List<Condition> conditions;
        LiveConditions live;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            long started = System.nanoTime();
            model = load(network);
            long loaded = System.nanoTime();
            graph = RoutingGraph.of(model);
            router = new TimeDependentRouter(graph);
            alternatives = new Alternatives(router);
            long compiled = System.nanoTime();
            SplittableRandom random = new SplittableRandom(SEED);
            pairs(random);
            conditions = conditions(random, network.equals("sample") ? 30 : 50);
            live = LiveConditions.of(graph, conditions);
            System.out.printf(
                    "%n[setup] %s: %d facilities, %d lanes %s; %s %.1f s, RoutingGraph.of %.1f s; "
                            + "%d pairs, %d conditions%s%n",
                    network,
                    graph.facilityCount(),
                    graph.laneCount(),
                    modeCounts(),
                    network.equals("sample") ? "NetworkFile.read" : "generated in",
                    (loaded - started) / 1e9,
                    (compiled - loaded) / 1e9,
                    PAIRS,
                    conditions.size(),
                    params == null || params.getBenchmark().endsWith(".replan") ? "; " + routeStats() : "");
        }

        private static Network load(String name) {
            if (name.equals("sample")) {
                java.nio.file.Path file = sampleFile();
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException(
                            "no sample network at " + file.toAbsolutePath() + " (set -Dlivechain.network.file=...)");
                }
                return NetworkFile.read(file);
            }
            if (name.startsWith("synthetic-")) {
                String size = name.substring("synthetic-".length()).toLowerCase(java.util.Locale.ROOT);
                int count = size.endsWith("k")
                        ? 1000 * Integer.parseInt(size.substring(0, size.length() - 1))
                        : Integer.parseInt(size);
                return SyntheticNetwork.generate(count, SEED);
            }
            throw new IllegalArgumentException("network is sample or synthetic-<n>[k]: " + name);
        }

        /**
         * Random origins whose reefer-reachable set (breadth-first over reefer lanes) holds at least a
         * tenth of the network, each with a random destination in that set and a departure in [T0, T0 + 12 h).
         */
        private void pairs(SplittableRandom random) {
            int n = graph.facilityCount();
            int[] first = new int[n + 1];
            List<int[]> reeferLanes = new ArrayList<>();
            for (Lane lane : model.lanes()) {
                if (lane.reefer()) {
                    int a = graph.facility(lane.from());
                    reeferLanes.add(new int[] {a, graph.facility(lane.to())});
                    first[a + 1]++;
                }
            }
            for (int f = 0; f < n; f++) {
                first[f + 1] += first[f];
            }
            int[] next = new int[reeferLanes.size()];
            int[] fill = first.clone();
            for (int[] lane : reeferLanes) {
                next[fill[lane[0]]++] = lane[1];
            }
            origin = new int[PAIRS];
            destination = new int[PAIRS];
            ready = new long[PAIRS];
            int[] queue = new int[n];
            int[] seen = new int[n];
            int stamp = 0;
            for (int p = 0; p < PAIRS; p++) {
                while (true) {
                    int from = random.nextInt(n);
                    stamp++;
                    int head = 0;
                    int tail = 0;
                    queue[tail++] = from;
                    seen[from] = stamp;
                    while (head < tail) {
                        int u = queue[head++];
                        for (int e = first[u]; e < first[u + 1]; e++) {
                            if (seen[next[e]] != stamp) {
                                seen[next[e]] = stamp;
                                queue[tail++] = next[e];
                            }
                        }
                    }
                    if (tail > 1 && tail >= n / 10) {
                        origin[p] = from;
                        destination[p] = queue[1 + random.nextInt(tail - 1)];
                        ready[p] = T0 + random.nextLong(12 * 3600);
                        break;
                    }
                }
            }
        }

        /**
         * {@code count} conditions valid around the departures: 40 % port congestion (delays of 2–48 h),
         * 20 % weather factors, 20 % traffic delays (some with a factor), 10 % lane closures, 10 %
         * strikes at ports and airports; every other one on a lane or stop of the pairs' current routes.
         */
        private List<Condition> conditions(SplittableRandom random, int count) {
            List<Integer> hotLanes = new ArrayList<>();
            List<Integer> hotStops = new ArrayList<>();
            for (int p = 0; p < 32; p++) {
                router.fastest(RouteQuery.to(
                                origin[p], ready[p], destination[p], false, ALL_MODES, LiveConditions.none()))
                        .ifPresent(path -> {
                            for (int lane : path.lanes()) {
                                hotLanes.add(lane);
                            }
                            for (int i = 1; i < path.facilities().length - 1; i++) {
                                hotStops.add(path.facilities()[i]);
                            }
                        });
            }
            List<Integer> gateways = new ArrayList<>();
            for (int f = 0; f < graph.facilityCount(); f++) {
                Facility.Kind kind = graph.facilityAt(f).kind();
                if (kind == Facility.Kind.PORT || kind == Facility.Kind.AIRPORT) {
                    gateways.add(f);
                }
            }
            List<Condition> result = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                boolean hot = c % 2 == 0;
                String id = "bench-" + c;
                long h = 3600;
                switch (c % 10) {
                    case 0, 1, 2, 3 ->
                        result.add(new Condition(
                                id,
                                Condition.Kind.PORT_CONGESTION,
                                facilityId(random, hot ? hotStops : gateways),
                                null,
                                120 + random.nextInt(2761),
                                null,
                                at(T0 - random.nextLong(6 * h)),
                                at(T0 + 6 * h + random.nextLong(90 * h)),
                                "bench"));
                    case 4, 5 ->
                        result.add(new Condition(
                                id,
                                Condition.Kind.WEATHER,
                                null,
                                laneId(random, hot ? hotLanes : null),
                                null,
                                factor(random, 1.2, 2.5),
                                at(T0 - random.nextLong(3 * h)),
                                at(T0 + 3 * h + random.nextLong(45 * h)),
                                "bench"));
                    case 6, 7 ->
                        result.add(new Condition(
                                id,
                                Condition.Kind.TRAFFIC,
                                null,
                                laneId(random, hot ? hotLanes : null),
                                30 + random.nextInt(211),
                                c % 10 == 6 ? factor(random, 1.1, 1.6) : null,
                                at(T0 - h),
                                at(T0 + 2 * h + random.nextLong(22 * h)),
                                "bench"));
                    case 8 ->
                        result.add(new Condition(
                                id,
                                Condition.Kind.CLOSURE,
                                null,
                                laneId(random, hot ? hotLanes : null),
                                null,
                                null,
                                at(T0 - random.nextLong(2 * h)),
                                at(T0 + 2 * h + random.nextLong(22 * h)),
                                "bench"));
                    default ->
                        result.add(new Condition(
                                id,
                                Condition.Kind.STRIKE,
                                facilityId(random, hot ? hotStops : gateways),
                                null,
                                null,
                                null,
                                at(T0 - 2 * h + random.nextLong(14 * h)),
                                at(T0 + 12 * h + random.nextLong(36 * h)),
                                "bench"));
                }
            }
            return result;
        }

        private String facilityId(SplittableRandom random, List<Integer> from) {
            int f = from.isEmpty() ? random.nextInt(graph.facilityCount()) : from.get(random.nextInt(from.size()));
            return graph.facilityAt(f).id();
        }

        private String laneId(SplittableRandom random, List<Integer> from) {
            int e = from == null || from.isEmpty()
                    ? random.nextInt(graph.laneCount())
                    : from.get(random.nextInt(from.size()));
            return graph.laneAt(e).id();
        }

        private static BigDecimal factor(SplittableRandom random, double low, double high) {
            return BigDecimal.valueOf(Math.round((low + random.nextDouble() * (high - low)) * 100), 2);
        }

        private static Instant at(long epochSecond) {
            return Instant.ofEpochSecond(epochSecond);
        }

        private String modeCounts() {
            int[] counts = new int[Lane.Mode.values().length];
            int reefer = 0;
            for (Lane lane : model.lanes()) {
                counts[lane.mode().ordinal()]++;
                reefer += lane.reefer() ? 1 : 0;
            }
            StringBuilder text = new StringBuilder("(");
            for (Lane.Mode mode : Lane.Mode.values()) {
                text.append(mode.label())
                        .append(' ')
                        .append(counts[mode.ordinal()])
                        .append(", ");
            }
            return text.append("reefer ").append(reefer).append(')').toString();
        }

        /** Hops and hours of the pairs' fastest routes under the live conditions (what a replan returns). */
        private String routeStats() {
            long hops = 0;
            long hours = 0;
            int found = 0;
            Set<String> modes = new LinkedHashSet<>();
            for (int p = 0; p < PAIRS; p++) {
                Optional<Path> path =
                        router.fastest(RouteQuery.to(origin[p], ready[p], destination[p], false, ALL_MODES, live));
                if (path.isPresent()) {
                    found++;
                    hops += path.get().lanes().length;
                    hours += (path.get().eta() - ready[p]) / 3600;
                    for (int lane : path.get().lanes()) {
                        modes.add(graph.laneAt(lane).mode().label());
                    }
                }
            }
            return String.format(
                    "routes found %d/%d, mean %.1f lanes, mean %.1f h door to door, modes used %s",
                    found, PAIRS, hops / (double) Math.max(1, found), hours / (double) Math.max(1, found), modes);
        }
    }

    /** The same network as a JGraphT multigraph (parallel lanes kept) with static weights, for the baseline. */
    @State(Scope.Benchmark)
    public static class Baseline {

        DirectedWeightedMultigraph<Integer, DefaultWeightedEdge> jgrapht;
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra;

        @Setup(Level.Trial)
        public void setUp(Net net) {
            long started = System.nanoTime();
            jgrapht = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
            for (int f = 0; f < net.graph.facilityCount(); f++) {
                jgrapht.addVertex(f);
            }
            for (Lane lane : net.model.lanes()) {
                int to = net.graph.facility(lane.to());
                DefaultWeightedEdge edge = jgrapht.addEdge(net.graph.facility(lane.from()), to);
                jgrapht.setEdgeWeight(
                        edge, lane.transitMinutes() + net.graph.facilityAt(to).handlingMinutes());
            }
            dijkstra = new DijkstraShortestPath<>(jgrapht);
            System.out.printf(
                    "[setup] JGraphT DirectedWeightedMultigraph: %d vertices, %d edges in %.1f s%n",
                    jgrapht.vertexSet().size(), jgrapht.edgeSet().size(), (System.nanoTime() - started) / 1e9);
        }
    }

    /** Which pair the next operation replans: all 256 in turn. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int pair() {
            return next++ & (PAIRS - 1);
        }
    }

    /** The replan: time-dependent A* under the live conditions, all modes. */
    @Benchmark
    public Optional<Path> replan(Net net, Cursor cursor) {
        int p = cursor.pair();
        return net.router.fastest(
                RouteQuery.to(net.origin[p], net.ready[p], net.destination[p], false, ALL_MODES, net.live));
    }

    /** The replan of cold cargo: reefer lanes only. */
    @Benchmark
    public Optional<Path> replanReefer(Net net, Cursor cursor) {
        int p = cursor.pair();
        return net.router.fastest(
                RouteQuery.to(net.origin[p], net.ready[p], net.destination[p], true, ALL_MODES, net.live));
    }

    /** The replan including {@code LiveConditions.of} over the condition rows, as the function does each time. */
    @Benchmark
    public Optional<Path> replanBuildingConditions(Net net, Cursor cursor) {
        int p = cursor.pair();
        LiveConditions live = LiveConditions.of(net.graph, net.conditions);
        return net.router.fastest(
                RouteQuery.to(net.origin[p], net.ready[p], net.destination[p], false, ALL_MODES, live));
    }

    /** The same search without live conditions: what the conditions cost. */
    @Benchmark
    public Optional<Path> ownDijkstraNoConditions(Net net, Cursor cursor) {
        int p = cursor.pair();
        return net.router.fastest(RouteQuery.to(
                net.origin[p], net.ready[p], net.destination[p], false, ALL_MODES, LiveConditions.none()));
    }

    /** The three fastest routes (Yen with the time-dependent search as spur step). */
    @Benchmark
    public List<Path> alternatives3(Net net, Cursor cursor) {
        int p = cursor.pair();
        return net.alternatives.fastest(
                RouteQuery.to(net.origin[p], net.ready[p], net.destination[p], false, ALL_MODES, net.live), 3);
    }

    /** The baseline: JGraphT's Dijkstra, static weights, same network and pairs. */
    @Benchmark
    public GraphPath<Integer, DefaultWeightedEdge> baselineDijkstra(Net net, Baseline baseline, Cursor cursor) {
        int p = cursor.pair();
        return baseline.dijkstra.getPath(net.origin[p], net.destination[p]);
    }

    /**
     * The sample network file: {@code -Dlivechain.network.file}, else {@code knative/network/network.json}
     * under the working directory (the repository root) or two levels up (the module directory).
     */
    public static java.nio.file.Path sampleFile() {
        String configured = System.getProperty("livechain.network.file");
        if (configured != null && !configured.isBlank()) {
            return java.nio.file.Path.of(configured);
        }
        java.nio.file.Path fromRoot = java.nio.file.Path.of("knative/network/network.json");
        java.nio.file.Path fromModule = java.nio.file.Path.of("../../knative/network/network.json");
        return Files.isRegularFile(fromRoot) || !Files.isRegularFile(fromModule) ? fromRoot : fromModule;
    }
}
