package co.kustom.ipp.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Times in answers have one precision, the database's (microseconds): a time taken from an event or the clock
 * would otherwise show nanoseconds, and the same instant read back from a view would not.
 */
class MicrosecondInstantSerializer extends StdSerializer<Instant> {

    MicrosecondInstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.MICROS)));
    }
}
