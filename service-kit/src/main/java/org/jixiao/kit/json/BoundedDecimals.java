package org.jixiao.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Refuses a decimal with more than {@value #MAX_DIGITS} digits before or after the point as it is read, before any
 * code can do arithmetic with it or format it: {@code 1E+20000000} is 11 bytes of JSON but 20 MB as plain text. Each
 * service bounds its own fields far tighter; this is the backstop for every {@code BigDecimal} in a body or event.
 * The refusal names the field through the usual wrong-type answer (422) and never echoes the number.
 */
@Singleton
public class BoundedDecimals implements ObjectMapperCustomizer {
    public static final int MAX_DIGITS = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new Reader()));
    }

    /** Whether a decimal has at most {@value #MAX_DIGITS} integer digits and at most as many decimals. */
    public static boolean isBounded(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        return integerDigits <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
    }

    static final class Reader extends StdScalarDeserializer<BigDecimal> {
        Reader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && !isBounded(value)) {
                throw InvalidFormatException.from(
                        parser, "a number with more than " + MAX_DIGITS + " digits", null, BigDecimal.class);
            }
            return value;
        }
    }
}
