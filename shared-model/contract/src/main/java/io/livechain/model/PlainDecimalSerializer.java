package io.livechain.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes quantities as plain JSON numbers without trailing zeros: 100, not 1E+2 nor 100.000000
 * (PostgreSQL NUMERIC columns hand back their full scale).
 */
public final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {

    public PlainDecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(Quantities.normalise(value).toPlainString());
    }
}
