package io.livechain.benchmarks.chain;

import static io.livechain.benchmarks.chain.Figures.f0;
import static io.livechain.benchmarks.chain.Figures.f1;
import static io.livechain.benchmarks.chain.Figures.f2;
import static io.livechain.benchmarks.chain.Figures.ms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes report.md: the steps' table, the idle table, the chart's link, then the further sections. */
final class ReportWriter {

    /** Processes with their own CPU column; the rest (notify, read-api, reroute, ...) add up in "others". */
    private static final List<String> CPU_COLUMNS = List.of(
            StackProcesses.STAND_IN,
            StackProcesses.KAFKA,
            StackProcesses.POSTGRES,
            "scan-ingest",
            "inventory",
            "threshold");

    /** A further section's outcome: its markdown or why it failed. */
    record Section(String title, String markdown) {}

    private final StringBuilder md = new StringBuilder();

    String write(
            Path file,
            String header,
            List<StepResult> steps,
            List<String> skipped,
            IdleUsage idle,
            boolean chart,
            List<Section> sections)
            throws IOException {
        md.append("# Livechain: scans through the whole chain\n\n")
                .append(header)
                .append('\n');
        steps(steps, skipped);
        if (chart) {
            md.append("\n![chain latency (p50, p99) against offered load](latency.png)\n");
        }
        idle(idle);
        for (Section section : sections) {
            md.append("\n## ")
                    .append(section.title())
                    .append("\n\n")
                    .append(section.markdown().strip())
                    .append('\n');
        }
        Files.writeString(file, md);
        return md.toString();
    }

    private void steps(List<StepResult> steps, List<String> skipped) {
        md.append("\n## Scans: ingress accepted → level stored\n\n");
        md.append(
                "| offered /s | scans | ingress /s | chain /s | ingress p50 / p99 ms | chain p50 / p99 / p99.9 / max ms |");
        CPU_COLUMNS.forEach(name -> md.append(name.equals(CPU_COLUMNS.get(0)) ? " CPU ms/scan: " : " ")
                .append(name)
                .append(" |"));
        md.append(" others | **total** | exact |\n|");
        md.append("---:|".repeat(6 + CPU_COLUMNS.size() + 2)).append("---|\n");
        for (StepResult step : steps) {
            md.append("| ")
                    .append(step.label())
                    .append(" | ")
                    .append(step.sent())
                    .append(" | ")
                    .append(f0(step.ingressPerSecond()))
                    .append(" | ")
                    .append(f0(step.chainPerSecond()))
                    .append(" | ")
                    .append(ms(step.ingressMicros(), 50))
                    .append(" / ")
                    .append(ms(step.ingressMicros(), 99))
                    .append(" | ")
                    .append(ms(step.chainMicros(), 50))
                    .append(" / ")
                    .append(ms(step.chainMicros(), 99))
                    .append(" / ")
                    .append(ms(step.chainMicros(), 99.9))
                    .append(" / ")
                    .append(f1(step.chainMicros().getMaxValue() / 1000.0))
                    .append(" |");
            CPU_COLUMNS.forEach(name -> md.append(' ')
                    .append(f2(step.cpuPerScan(step.cpuMillis().getOrDefault(name, 0.0))))
                    .append(" |"));
            md.append(' ')
                    .append(f2(step.cpuPerScan(others(step.cpuMillis()))))
                    .append(" | **")
                    .append(f2(step.cpuPerScan(total(step.cpuMillis()))))
                    .append("** | ")
                    .append(step.exact() ? "yes" : step.complete() ? "**no**" : "**no** (incomplete)")
                    .append(" |\n");
        }
        skipped.forEach(
                label -> md.append("| ").append(label).append(" | skipped: an earlier step left a backlog |\n"));
        md.append('\n');
        for (StepResult step : steps) {
            String notes = notes(step);
            if (!notes.isEmpty()) {
                md.append("- ").append(step.label()).append(": ").append(notes).append('\n');
            }
        }
    }

    private static String notes(StepResult step) {
        StringBuilder notes = new StringBuilder();
        if (step.failed() > 0) {
            notes.append(step.failed()).append(" scans not accepted by the ingress (not in the totals); ");
        }
        if (!step.complete()) {
            notes.append(step.accepted() - step.levels()).append(" levels missing when the step gave up; ");
        }
        if (step.duplicateLevels() > 0) {
            notes.append(step.duplicateLevels()).append(" duplicate level events (redelivered movements); ");
        }
        if (!step.mismatches().isEmpty()) {
            notes.append(step.mismatches().size())
                    .append(" skus differ, e.g. ")
                    .append(String.join(
                            "; ",
                            step.mismatches()
                                    .subList(0, Math.min(3, step.mismatches().size()))))
                    .append("; ");
        }
        notes.append("generator lag p99 ")
                .append(ms(step.sendLagMicros(), 99))
                .append(" ms (in the ingress latency); ");
        notes.append("JIT compilers ")
                .append(percent(step.jitCpuMillis(), total(step.cpuMillis())))
                .append(" of the stack's CPU (in the total); ");
        notes.append("benchmark JVM (generator, watcher) ")
                .append(f2(step.cpuPerScan(step.benchCpuMillis())))
                .append(" ms/scan, not in the total");
        return notes.toString();
    }

    private void idle(IdleUsage idle) {
        md.append("\n## Idle: ")
                .append(idle.window().toSeconds())
                .append(" s without traffic after the load steps\n\n");
        md.append("| process | CPU % of one core |\n|---|---:|\n");
        idle.cpuMillis()
                .forEach((name, millis) -> md.append("| ")
                        .append(name)
                        .append(" | ")
                        .append(f1(idle.percentOfCore(millis)))
                        .append(" |\n"));
        md.append("| **total** | **")
                .append(f1(idle.percentOfCore(idle.totalMillis())))
                .append("** |\n");
    }

    private static double others(Map<String, Double> cpu) {
        return cpu.entrySet().stream()
                .filter(e -> !Set.copyOf(CPU_COLUMNS).contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    private static String percent(double part, double whole) {
        return whole <= 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * part / whole);
    }

    private static double total(Map<String, Double> cpu) {
        return cpu.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
