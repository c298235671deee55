package io.livechain.benchmarks.chain;

import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of each process of the stack at one moment, by name ({@code stand-in}, {@code kafka},
 * {@code postgres}, function names).
 *
 * @param nanoTime      when it was read ({@link System#nanoTime()})
 * @param millisByName  utime + stime so far, in milliseconds
 * @param jitMillis     the part of it the JVMs' JIT compiler threads used, summed over the processes
 */
public record CpuSample(long nanoTime, Map<String, Double> millisByName, double jitMillis) {

    public CpuSample(long nanoTime, Map<String, Double> millisByName) {
        this(nanoTime, millisByName, 0);
    }

    /** CPU used by each process between {@code earlier} and this sample, in milliseconds. */
    public Map<String, Double> millisSince(CpuSample earlier) {
        Map<String, Double> used = new TreeMap<>();
        millisByName.forEach((name, millis) -> used.put(name, millis - earlier.millisByName.getOrDefault(name, 0.0)));
        return used;
    }

    /** Wall-clock milliseconds between {@code earlier} and this sample. */
    public double wallMillisSince(CpuSample earlier) {
        return (nanoTime - earlier.nanoTime) / 1e6;
    }
}
