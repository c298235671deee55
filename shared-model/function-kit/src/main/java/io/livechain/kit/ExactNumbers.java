package io.livechain.kit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Quantities are decimals end to end: a JSON number with a fraction is read as a BigDecimal, never
 * as a double (which makes 2.000000000000000000001 into 2.0). Funqy reads events with a copy of this
 * ObjectMapper, so the functions' data nodes and records get the exact value.
 */
@Singleton
public class ExactNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
