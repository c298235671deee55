package io.livechain.benchmarks.chain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** PNG of chain latency (p50, p99) against offered load, drawn headless with JFreeChart. */
final class LatencyChart {

    private LatencyChart() {}

    static void write(Path png, List<StepResult> steps) throws IOException {
        XYSeries p50 = new XYSeries("p50");
        XYSeries p99 = new XYSeries("p99");
        for (StepResult step : steps) {
            if (step.chainMicros().getTotalCount() > 0) {
                // 1 ms floor: the Kafka timestamps have millisecond resolution and the axis is logarithmic.
                p50.add(step.offeredPerSecond(), Math.max(1, step.chainMicros().getValueAtPercentile(50) / 1000.0));
                p99.add(step.offeredPerSecond(), Math.max(1, step.chainMicros().getValueAtPercentile(99) / 1000.0));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(p50);
        data.addSeries(p99);
        LogarithmicAxis latency = new LogarithmicAxis("ingress accepted → level stored (ms, log scale)");
        latency.setStrictValuesFlag(false);
        latency.setAutoRangeNextLogFlag(true); // whole decades, so the axis always has labelled ticks
        NumberAxis offered = new NumberAxis("offered load (scans/s)");
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, new Color(0x1f77b4));
        lines.setSeriesPaint(1, new Color(0xd62728));
        lines.setDefaultStroke(new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, offered, latency, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Livechain chain latency against offered load", plot);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 540);
    }
}
