package org.vigil.ingest;

import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.RecordParser;

/** Turns a line into an {@link Outcome}: size limits first, then the record parser. One per thread. */
final class Validator {
    private final RecordParser parser = new RecordParser();
    private final Ingest.Options options;

    Validator(Ingest.Options options) {
        this.options = options;
    }

    Outcome validate(int source, Line line) {
        if (line.oversized()) {
            return new Outcome(source, line.number(), null, "the line is " + line.length() + " bytes, over the "
                    + options.maxLineBytes() + "-byte limit for a line; only its first bytes are kept here",
                    line.bytes());
        }
        if (line.bytes().length > options.maxRecordBytes()) {
            return new Outcome(source, line.number(), null, "the record is " + line.bytes().length
                    + " bytes, over the " + options.maxRecordBytes() + "-byte limit for one record", line.bytes());
        }
        try {
            return new Outcome(source, line.number(), parser.parse(line.bytes()), null, line.bytes());
        } catch (InvalidRecordException e) {
            return new Outcome(source, line.number(), null, e.getMessage(), line.bytes());
        }
    }
}
