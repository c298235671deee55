package io.livechain.benchmarks.chain;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the processes of a running local stack in /proc and names them: {@code stand-in} (the
 * LocalStack JVM: broker ingress, Trigger dispatchers, gateway), {@code kafka}, {@code postgres},
 * {@code cdc-capture} (Debezium, {@code src/cdc-capture}'s jar), and each function by its
 * {@code functions/<name>/target/quarkus-app} jar. Maven, which launched the stack, is not counted.
 */
final class StackProcesses {

    static final String STAND_IN = "stand-in";
    static final String KAFKA = "kafka";
    static final String POSTGRES = "postgres";
    static final String CDC_CAPTURE = "cdc-capture";

    private static final String STAND_IN_MAIN = "io.livechain.localstack.LocalStack";
    private static final String KAFKA_MAIN = "kafka.Kafka";
    private static final String CDC_CAPTURE_JAR = "src/cdc-capture/target/";
    private static final Pattern FUNCTION_JAR = Pattern.compile("functions/([^/]+)/target/quarkus-app/");
    private static final long CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux x86-64 and arm64

    private final long launcherPid;
    private final Path dataDir;

    /**
     * @param launcherPid the process that was started (Maven); the stack's JVM is among its descendants
     * @param dataDir     the stack's data dir: pg_ctl daemonises the postmaster, so it is no descendant;
     *                    it is found by this path on its command line
     */
    StackProcesses(long launcherPid, Path dataDir) {
        this.launcherPid = launcherPid;
        this.dataDir = dataDir;
    }

    /** The stand-in's pid, once the launcher has started it. */
    Optional<Long> standInPid() {
        return ProcTable.read().treeOf(launcherPid).stream()
                .filter(p -> p.hasArg(STAND_IN_MAIN))
                .map(ProcTable.Proc::pid)
                .findFirst();
    }

    /** Every process of the stack by pid, with its name. */
    Map<Long, String> names() {
        return names(ProcTable.read());
    }

    /** CPU time so far of each named process (summed per name), in milliseconds. */
    CpuSample sample() {
        ProcTable table = ProcTable.read();
        Map<String, Double> millis = new TreeMap<>();
        long jitTicks = 0;
        for (var entry : names(table).entrySet()) {
            ProcTable.Proc proc = table.get(entry.getKey());
            // The postmaster's exited backends count through its children's time.
            long ticks = proc.ticks() + (isPostmaster(proc) ? proc.childTicks() : 0);
            millis.merge(entry.getValue(), ticks * 1000.0 / CLOCK_TICKS_PER_SECOND, Double::sum);
            if (!POSTGRES.equals(entry.getValue())) {
                jitTicks += ProcTable.compilerTicks(proc.pid());
            }
        }
        return new CpuSample(System.nanoTime(), millis, jitTicks * 1000.0 / CLOCK_TICKS_PER_SECOND);
    }

    /** CPU time so far of this JVM (the load generator and level watcher), in milliseconds. */
    static double ownCpuMillis() {
        ProcTable.Proc self = ProcTable.read().get(ProcessHandle.current().pid());
        return self == null ? 0 : self.ticks() * 1000.0 / CLOCK_TICKS_PER_SECOND;
    }

    private Map<Long, String> names(ProcTable table) {
        Map<Long, String> names = new LinkedHashMap<>();
        table.treeOf(launcherPid).stream()
                .filter(p -> p.hasArg(STAND_IN_MAIN))
                .findFirst()
                .ifPresent(standIn -> table.treeOf(standIn.pid()).forEach(p -> names.put(p.pid(), nameOf(p))));
        // Also what names the data dir on its command line (PostgreSQL, Kafka's config): found even
        // when a failed start left it behind without its parent.
        Set<Long> notStack = table.ancestorsOf(ProcessHandle.current().pid()); // this JVM: -Dbench.data-dir
        notStack.add(launcherPid);
        table.all().stream()
                .filter(p -> !notStack.contains(p.pid()) && p.argContains(dataDir.toString()))
                .forEach(p -> table.treeOf(p.pid())
                        .forEach(child -> names.putIfAbsent(child.pid(), isPostmaster(p) ? POSTGRES : nameOf(child))));
        return names;
    }

    private boolean isPostmaster(ProcTable.Proc proc) {
        return proc.argContains(dataDir.resolve("postgres").toString())
                && proc.args().get(0).endsWith("postgres");
    }

    private static String nameOf(ProcTable.Proc proc) {
        if (proc.hasArg(STAND_IN_MAIN)) {
            return STAND_IN;
        }
        if (proc.hasArg(KAFKA_MAIN)) {
            return KAFKA;
        }
        if (proc.argContains(CDC_CAPTURE_JAR)) {
            return CDC_CAPTURE;
        }
        for (String arg : proc.args()) {
            Matcher jar = FUNCTION_JAR.matcher(arg);
            if (jar.find()) {
                return jar.group(1);
            }
        }
        String program = proc.args().get(0);
        return "other: " + program.substring(program.lastIndexOf('/') + 1);
    }
}
