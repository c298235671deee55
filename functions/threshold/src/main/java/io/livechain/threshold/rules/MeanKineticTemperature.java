package io.livechain.threshold.rules;

import java.util.List;

/**
 * Mean Kinetic Temperature (USP <1079.2>): the single temperature that would degrade a product as
 * much as the recorded series, MKT = (ΔH/R) / −ln(Σ e^(−ΔH/(R·Tᵢ)) / n), temperatures in kelvin.
 * With ΔH = 83.144 kJ/mol, ΔH/R = 10 000 K. Readings are equally weighted (regular sampling).
 */
public final class MeanKineticTemperature {

    /** ΔH/R for ΔH = 83.144 kJ/mol and R = 8.3144 J/(mol·K). */
    public static final double ACTIVATION_OVER_GAS_CONSTANT = 10_000.0;

    private MeanKineticTemperature() {
    }

    /** MKT in °C of temperatures in °C; fails on an empty series. */
    public static double celsius(List<Double> celsius) {
        if (celsius.isEmpty()) {
            throw new IllegalArgumentException("MKT needs at least one reading");
        }
        double sum = 0;
        for (double t : celsius) {
            sum += Math.exp(-ACTIVATION_OVER_GAS_CONSTANT / Temperatures.toKelvin(t));
        }
        double kelvin = ACTIVATION_OVER_GAS_CONSTANT / -Math.log(sum / celsius.size());
        return kelvin - Temperatures.toKelvin(0);
    }
}
