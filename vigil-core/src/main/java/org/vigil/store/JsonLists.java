package org.vigil.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.vigil.concern.Vehicle;

/**
 * The JSON text of the list columns in the projections (aliases, phones, vehicles, places), written with Jackson's
 * streaming generator: the object mapper costs a microsecond a call, and ingest makes ten such calls a concern.
 */
final class JsonLists {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLists() {
    }

    static String strings(List<String> values) {
        if (values.isEmpty()) {
            return "[]";
        }
        StringWriter text = new StringWriter(16 * values.size());
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String vehicles(List<Vehicle> vehicles) {
        if (vehicles.isEmpty()) {
            return "[]";
        }
        StringWriter text = new StringWriter(48 * vehicles.size());
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.writeStartArray();
            for (Vehicle v : vehicles) {
                g.writeStartObject();
                g.writeStringField("vrm", v.vrm());
                g.writeStringField("description", v.description());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
