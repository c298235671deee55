package io.livechain.threshold.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MKT against values computed from the USP formula with hourly readings (ΔH/R = 10 000 K). */
class MeanKineticTemperatureTest {

    private static List<Double> hours(int count, double celsius) {
        return new ArrayList<>(Collections.nCopies(count, celsius));
    }

    @Test
    void constantTemperatureIsItsOwnMkt() {
        assertEquals(5.000, MeanKineticTemperature.celsius(hours(24, 5.0)), 0.0005);
    }

    @Test
    void twoAndEightGiveAboveTheirMean() {
        assertEquals(5.536, MeanKineticTemperature.celsius(List.of(2.0, 8.0)), 0.0005);
    }

    @Test
    void evenlySpreadSeries() {
        assertEquals(5.302, MeanKineticTemperature.celsius(List.of(2.0, 4.0, 6.0, 8.0)), 0.0005);
    }

    @Test
    void sixWarmHoursPushMktOverTheRefrigeratedLimit() {
        List<Double> series = hours(18, 5.0);
        series.addAll(hours(6, 14.0));
        double mkt = MeanKineticTemperature.celsius(series);
        assertEquals(8.285, mkt, 0.0005);
        assertEquals(true, mkt > 8.0);
    }

    @Test
    void oneHotHourStaysWithinTheRefrigeratedLimit() {
        List<Double> series = hours(23, 4.0);
        series.add(25.0);
        double mkt = MeanKineticTemperature.celsius(series);
        assertEquals(7.084, mkt, 0.0005);
        assertEquals(true, mkt <= 8.0);
    }

    @Test
    void emptySeriesHasNoMkt() {
        assertThrows(IllegalArgumentException.class, () -> MeanKineticTemperature.celsius(List.of()));
    }
}
