package io.livechain.threshold.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** UN/CEFACT temperature units as GS1 EPCIS uses them, converted to degrees Celsius. */
public final class Temperatures {

    public static final String CELSIUS = "CEL";
    public static final String FAHRENHEIT = "FAH";
    public static final String KELVIN = "KEL";
    private static final BigDecimal ABSOLUTE_ZERO_CELSIUS = new BigDecimal("273.15");
    private static final BigDecimal THIRTY_TWO = BigDecimal.valueOf(32);

    private Temperatures() {}

    /** The value in °C; empty for a unit that is no temperature. */
    public static Optional<BigDecimal> toCelsius(BigDecimal value, String unit) {
        return switch (unit) {
            case CELSIUS -> Optional.of(value);
            case FAHRENHEIT ->
                Optional.of(value.subtract(THIRTY_TWO)
                        .multiply(BigDecimal.valueOf(5))
                        .divide(BigDecimal.valueOf(9), MathContext.DECIMAL64));
            case KELVIN -> Optional.of(value.subtract(ABSOLUTE_ZERO_CELSIUS));
            default -> Optional.empty();
        };
    }

    public static double toKelvin(double celsius) {
        return celsius + ABSOLUTE_ZERO_CELSIUS.doubleValue();
    }
}
