package co.kustom.ipp.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * What the request mapper refuses beyond types: text with NUL characters (PostgreSQL cannot store them), timestamps
 * that are not ISO-8601 strings or lie outside the years 0001–9999 (numbers are not timestamps), and enum values
 * with stray whitespace (Jackson would trim them silently).
 */
final class StrictJsonModule extends SimpleModule {

    static final String NUL_MESSAGE = "must not contain NUL characters";
    static final String TIMESTAMP_MESSAGE = "must be an ISO-8601 date-time such as 2024-01-15T10:30:00Z";
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    StrictJsonModule() {
        super("strict-json");
        addDeserializer(String.class, new TextDeserializer());
        addKeyDeserializer(String.class, new TextKeyDeserializer());
        addDeserializer(Instant.class, new TimestampDeserializer());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> deserializer) {
                return new UntrimmedEnumDeserializer(type.getRawClass(), deserializer);
            }
        });
    }

    /** Text that is well-formed JSON but not acceptable input; its message says what is wrong with it. */
    static final class RefusedText extends MismatchedInputException {
        RefusedText(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    static boolean hasNul(String text) {
        return text.indexOf('\u0000') >= 0;
    }

    private static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasNul(text)) {
                throw new RefusedText(parser, NUL_MESSAGE);
            }
            return text;
        }
    }

    private static final class TextKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (hasNul(key)) {
                throw new RefusedText(context.getParser(), NUL_MESSAGE);
            }
            return key;
        }
    }

    private static final class TimestampDeserializer extends StdScalarDeserializer<Instant> {

        TimestampDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            Instant instant = parse(text);
            if (instant == null) {
                throw context.weirdStringException(text, Instant.class, TIMESTAMP_MESSAGE);
            }
            return instant;
        }
    }

    /** An ISO-8601 date-time with an offset, within the years 0001–9999; null otherwise. */
    static Instant parse(String text) {
        try {
            Instant instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final class UntrimmedEnumDeserializer extends StdScalarDeserializer<Object>
            implements ContextualDeserializer {

        private final JsonDeserializer<?> delegate;

        UntrimmedEnumDeserializer(Class<?> type, JsonDeserializer<?> delegate) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.equals(text.strip())) {
                    throw context.weirdStringException(text, handledType(), "has surrounding whitespace");
                }
            }
            return delegate.deserialize(parser, context);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c
                    ? c.createContextual(context, property) : delegate;
            return contextual == delegate ? this : new UntrimmedEnumDeserializer(handledType(), contextual);
        }
    }
}
