package io.livechain.benchmarks.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuSampleTest {

    @Test
    void usageIsTheDifferencePerProcessAndAProcessStartedInBetweenCountsWhole() {
        CpuSample before = new CpuSample(0, Map.of("kafka", 1_000.0));
        CpuSample after = new CpuSample(2_000_000_000L, Map.of("kafka", 1_250.0, "scan-ingest", 40.0));

        assertEquals(Map.of("kafka", 250.0, "scan-ingest", 40.0), after.millisSince(before));
        assertEquals(2_000.0, after.wallMillisSince(before));
    }
}
