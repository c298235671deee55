package io.livechain.threshold.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * Mean Kinetic Temperature (USP <1079.2>): the single temperature that would degrade a product as
 * much as the recorded series, MKT = (ΔH/R) / −ln(Σ e^(−ΔH/(R·Tᵢ)) / n), temperatures in kelvin.
 * With ΔH = 83.144 kJ/mol, ΔH/R = 10 000 K. Readings are equally weighted (regular sampling).
 * The terms are summed exactly (BigDecimal): a running sum that adds a term when a reading enters
 * the window and subtracts it when it leaves gives bit for bit the MKT of the window's list.
 */
public final class MeanKineticTemperature {

    /** ΔH/R for ΔH = 83.144 kJ/mol and R = 8.3144 J/(mol·K). */
    public static final double ACTIVATION_OVER_GAS_CONSTANT = 10_000.0;

    private MeanKineticTemperature() {}

    /** MKT in °C of temperatures in °C; fails on an empty series. */
    public static double celsius(List<Double> celsius) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double t : celsius) {
            sum = sum.add(term(t));
        }
        return celsius(sum, celsius.size());
    }

    /** A reading's term e^(−ΔH/(R·T)), exact as a BigDecimal so sums can be undone without drift. */
    public static BigDecimal term(double celsius) {
        return new BigDecimal(Math.exp(-ACTIVATION_OVER_GAS_CONSTANT / Temperatures.toKelvin(celsius)));
    }

    /** MKT in °C from the exact sum of {@code count} readings' terms; fails when there are none. */
    public static double celsius(BigDecimal sumOfTerms, long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("MKT needs at least one reading");
        }
        double kelvin = ACTIVATION_OVER_GAS_CONSTANT / -Math.log(sumOfTerms.doubleValue() / count);
        return kelvin - Temperatures.toKelvin(0);
    }
}
