package io.livechain.benchmarks.chain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyChartTest {

    @Test
    void drawsAPngWithoutADisplay() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path png = Path.of("target", "latency-chart-test.png");

        LatencyChart.write(png, List.of(step(250, 40), step(500, 60), step(1000, 15_000)));

        assertTrue(Files.size(png) > 1_000);
    }

    private static StepResult step(int rate, long chainMillis) {
        Histogram chain = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        chain.recordValue(chainMillis * 1000);
        Histogram other = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        return new StepResult(
                Integer.toString(rate),
                rate,
                10,
                10,
                0,
                10,
                0,
                rate,
                rate,
                other,
                chain,
                other,
                true,
                List.of(),
                Map.of(),
                0,
                0);
    }
}
