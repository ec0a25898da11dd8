package org.vigil.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;

/**
 * What every task of one prediction reads, broadcast once: the records, the model as JSON
 * ({@link org.vigil.linkage.model.LinkageModel#toJson}, which round-trips every double), the candidate blocking
 * rules by name, and the settings that shape blocks.
 */
record ScoringJob(SharedTable table, String modelJson, ArrayList<String> rules, boolean link, int maxBlockSize)
        implements Serializable {

    /**
     * The job as Java-serialised bytes: what is broadcast, so that the session's serialiser (Kryo in
     * {@link SparkLink#session}) only ever sees a byte array, never the Java records inside.
     */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ScoringJob fromBytes(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (ScoringJob) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a scoring job from another build: " + e.getMessage(), e);
        }
    }
}
