package org.vigil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where Vigil keeps its data: the embedded store in {@code --data}, or a shared PostgreSQL given by {@code --db}. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./vigil-data", converter = DataDirectory.class,
            description = "data directory: the embedded store, the log key, quarantine files (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:VIGIL_DB_URL}",
            description = "use a shared PostgreSQL store instead of the embedded one, e.g. jdbc:postgresql://host/vigil"
                    + " (or set VIGIL_DB_URL; user and password from VIGIL_DB_USER and VIGIL_DB_PASSWORD)")
    String dbUrl;

    /** An empty --data (an unset shell variable, say) would put the store in the working directory: refused. */
    static final class DataDirectory implements picocli.CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new picocli.CommandLine.TypeConversionException("--data is empty: give the data directory,"
                        + " e.g. --data ./vigil-data");
            }
            return Path.of(value);
        }
    }
}
