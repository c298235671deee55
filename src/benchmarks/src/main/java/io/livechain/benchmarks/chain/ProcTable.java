package io.livechain.benchmarks.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One read of /proc: every process with its parent, command line and CPU time so far. Linux only. */
final class ProcTable {

    /**
     * One process.
     *
     * @param ticks      user + system CPU (fields 14, 15 of {@code /proc/PID/stat}), in clock ticks
     * @param childTicks the same of its exited and waited-for children (fields 16, 17)
     */
    record Proc(long pid, long ppid, List<String> args, long ticks, long childTicks) {

        boolean hasArg(String arg) {
            return args.contains(arg);
        }

        boolean argContains(String text) {
            return args.stream().anyMatch(a -> a.contains(text));
        }
    }

    private final Map<Long, Proc> byPid;

    private ProcTable(Map<Long, Proc> byPid) {
        this.byPid = byPid;
    }

    static ProcTable read() {
        Map<Long, Proc> processes = new HashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path dir : dirs) {
                Proc proc = readProc(dir);
                if (proc != null) {
                    processes.put(proc.pid(), proc);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc (the chain benchmark needs Linux)", e);
        }
        return new ProcTable(processes);
    }

    /** Null when the process exited while being read. */
    private static Proc readProc(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            // The command name (field 2) is in parentheses and may hold spaces: fields count from after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            String cmdline = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8);
            return new Proc(
                    Long.parseLong(dir.getFileName().toString()),
                    Long.parseLong(fields[1]),
                    List.of(cmdline.split("\0")),
                    Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * CPU of a JVM's JIT compiler threads ({@code C1 CompilerThre}, {@code C2 CompilerThre} in
     * {@code /proc/PID/task/TID/stat}), in clock ticks; zero for any other process. A compiler thread that
     * exited is not counted: the JVM keeps them while it runs.
     */
    static long compilerTicks(long pid) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException threadGone) {
                    // the thread ended while being read
                }
            }
        } catch (IOException | RuntimeException processGone) {
            // the process ended while being read
        }
        return ticks;
    }

    Proc get(long pid) {
        return byPid.get(pid);
    }

    /** {@code pid} and all its descendants, parents before children. */
    List<Proc> treeOf(long pid) {
        List<Proc> tree = new ArrayList<>();
        Proc root = byPid.get(pid);
        if (root != null) {
            tree.add(root);
            for (int i = 0; i < tree.size(); i++) {
                long parent = tree.get(i).pid();
                byPid.values().stream().filter(p -> p.ppid() == parent).forEach(tree::add);
            }
        }
        return tree;
    }

    /** {@code pid} and its parents up to init. */
    Set<Long> ancestorsOf(long pid) {
        Set<Long> line = new HashSet<>();
        Proc proc = byPid.get(pid);
        while (proc != null && line.add(proc.pid())) {
            proc = byPid.get(proc.ppid());
        }
        return line;
    }

    List<Proc> all() {
        return List.copyOf(byPid.values());
    }
}
