package io.livechain.benchmarks.routing;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link RoutingBenchmark} through JMH's {@link Runner} and prints one table: per network and
 * benchmark the p50, p90, p99, p99.9 and max of one operation in ms, and replan/baseline ratios.
 *
 * <p>Arguments are JMH's own command line ({@code -f 1 -wi 3 -i 5 -w 2s -r 3s} by default;
 * e.g. {@code -p network=synthetic-100k}, {@code -prof stack}, or benchmark regexps). Without
 * regexps it runs replan, replanReefer, replanBuildingConditions, ownDijkstraNoConditions and
 * baselineDijkstra on both networks, then alternatives3 on the sample network only (one Yen run
 * on 100,000 facilities is seconds; {@code RoutingBenchmark.alternatives3 -p network=synthetic-100k}
 * measures it on demand).
 */
public final class RoutingRun {

    private static final String BENCHMARK = RoutingBenchmark.class.getName();
    private static final String MAIN = BENCHMARK + "\\.(replan|replanReefer|replanBuildingConditions"
            + "|ownDijkstraNoConditions|baselineDijkstra)$";
    private static final String ALTERNATIVES = BENCHMARK + "\\.alternatives3$";
    private static final List<String> ORDER = List.of(
            "replan",
            "replanReefer",
            "replanBuildingConditions",
            "ownDijkstraNoConditions",
            "alternatives3",
            "baselineDijkstra");

    private RoutingRun() {}

    public static void run(String[] jmhArgs) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(jmhArgs);
        forkClasspath();
        java.nio.file.Path sample =
                RoutingBenchmark.sampleFile().toAbsolutePath().normalize();
        boolean haveSample = Files.isRegularFile(sample);
        Collection<String> networks = cli.getParameter("network").orElse(null);
        if (networks == null) {
            networks = haveSample ? List.of("sample", "synthetic-100k") : List.of("synthetic-100k");
            if (!haveSample) {
                System.out.println("no sample network at " + sample + ": running synthetic-100k only"
                        + " (set -Dlivechain.network.file=...)");
            }
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<RunResult> results = new ArrayList<>();
        if (!cli.getIncludes().isEmpty()) {
            results.addAll(
                    new Runner(options(cli, sample, cli.getIncludes(), networks).build()).run());
        } else {
            results.addAll(
                    new Runner(options(cli, sample, List.of(MAIN), networks).build()).run());
            if (networks.contains("sample")) {
                results.addAll(new Runner(options(cli, sample, List.of(ALTERNATIVES), List.of("sample"))
                                .build())
                        .run());
            }
        }
        summary(results);
        System.out.printf(
                "load average (1 min) %.2f before, %.2f after, on %d CPUs%n",
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static ChainedOptionsBuilder options(
            CommandLineOptions cli,
            java.nio.file.Path sample,
            Collection<String> includes,
            Collection<String> networks) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .parent(cli)
                .forks(cli.getForkCount().orElse(1))
                .warmupIterations(cli.getWarmupIterations().orElse(3))
                .measurementIterations(cli.getMeasurementIterations().orElse(5))
                .warmupTime(cli.getWarmupTime().orElse(TimeValue.seconds(2)))
                .measurementTime(cli.getMeasurementTime().orElse(TimeValue.seconds(3)))
                .param("network", networks.toArray(String[]::new));
        // the forks' own JVM options (else JMH copies the host's: Maven's), heap as in @Fork
        options.jvmArgs(cli.getJvmArgs().orElse(List.of("-Xms3g", "-Xmx3g")).toArray(String[]::new));
        List<String> append = new ArrayList<>(cli.getJvmArgsAppend().orElse(List.of()));
        append.add("-Dlivechain.network.file=" + sample);
        options.jvmArgsAppend(append.toArray(String[]::new));
        for (String include : includes) {
            options.include(include);
        }
        return options;
    }

    /**
     * JMH starts each fork with {@code java.class.path}; under {@code exec:java} that is Maven's own, so
     * it becomes the classpath of the loader that holds this class (target/classes and dependencies).
     */
    private static void forkClasspath() throws URISyntaxException {
        String location = new File(RoutingRun.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getPath();
        if (System.getProperty("java.class.path", "").contains(location)) {
            return;
        }
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = RoutingRun.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if (url.getProtocol().equals("file")) {
                        entries.add(new File(url.toURI()).getPath());
                    }
                }
            }
        }
        System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }

    private static void summary(List<RunResult> results) {
        Map<String, Map<String, Statistics>> byNetwork = new LinkedHashMap<>();
        for (RunResult result : results) {
            String network = result.getParams().getParam("network");
            String benchmark = result.getParams().getBenchmark();
            benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            if (result.getParams().getTimeUnit() != TimeUnit.MILLISECONDS) {
                throw new IllegalStateException(
                        "expected ms: " + result.getParams().getTimeUnit());
            }
            byNetwork
                    .computeIfAbsent(
                            network,
                            k -> new TreeMap<>(Comparator.comparingInt(
                                            (String b) -> ORDER.indexOf(b) < 0 ? ORDER.size() : ORDER.indexOf(b))
                                    .thenComparing(b -> b)))
                    .put(benchmark, result.getPrimaryResult().getStatistics());
        }
        System.out.println();
        System.out.println("Routing: one operation in ms (JMH SampleTime); ratio = benchmark / baselineDijkstra");
        System.out.printf(
                "%-16s %-26s %9s %8s %8s %8s %8s %8s %9s %9s%n",
                "network", "benchmark", "samples", "p50", "p90", "p99", "p99.9", "max", "ratio p50", "ratio p99");
        for (var network : byNetwork.entrySet()) {
            Statistics baseline = network.getValue().get("baselineDijkstra");
            for (var bench : network.getValue().entrySet()) {
                Statistics s = bench.getValue();
                System.out.printf(
                        "%-16s %-26s %9d %8.3f %8.3f %8.3f %8.3f %8.3f %9s %9s%n",
                        network.getKey(),
                        bench.getKey(),
                        s.getN(),
                        s.getPercentile(50),
                        s.getPercentile(90),
                        s.getPercentile(99),
                        s.getPercentile(99.9),
                        s.getMax(),
                        ratio(s, baseline, 50),
                        ratio(s, baseline, 99));
            }
            Statistics replan = network.getValue().get("replan");
            double goal =
                    network.getKey().equals("sample") ? 5 : network.getKey().equals("synthetic-100k") ? 100 : -1;
            if (replan != null && goal > 0) {
                System.out.printf(
                        "%-16s goal p99 of replan <= %.0f ms: %s (%.2f ms)%n",
                        network.getKey(),
                        goal,
                        replan.getPercentile(99) <= goal ? "met" : "MISSED",
                        replan.getPercentile(99));
            }
        }
    }

    private static String ratio(Statistics s, Statistics baseline, double percentile) {
        return baseline == null
                ? "-"
                : String.format("%.2f", s.getPercentile(percentile) / baseline.getPercentile(percentile));
    }
}
