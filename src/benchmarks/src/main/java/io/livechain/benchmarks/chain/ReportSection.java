package io.livechain.benchmarks.chain;

/**
 * A further part of the chain benchmark's report, run against the same stack after the scan steps
 * (function-vs-limit comparisons, cold-chain latency, ...), in the order given to {@link ChainBenchmark}.
 */
public interface ReportSection {

    /** The section's heading in the report. */
    String title();

    /**
     * Measures against the running stack and returns the section's markdown (without its heading).
     * An exception ends only this section: its message goes into the report in its place.
     */
    String run(StackHandle stack) throws Exception;
}
