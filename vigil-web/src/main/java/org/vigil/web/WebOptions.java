package org.vigil.web;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to run the web app. {@code dbUrl} empty means the embedded SQLite store in {@code data}; otherwise a
 * PostgreSQL URL (user and password from {@code VIGIL_DB_USER} / {@code VIGIL_DB_PASSWORD}, the log key in
 * {@code data}). {@code alerts} and {@code priorities} are JSON Lines files (spec §2.2, §2.3) until the engines
 * plug in; {@code policeUk} are data.police.uk street-level CSVs for the force chart. Port 0 picks a free port.
 */
public record WebOptions(Path data, String host, int port, String dbUrl, Path alerts, Path priorities,
                         List<Path> policeUk, Duration idleTimeout, Duration escalateAfter, boolean secureCookies,
                         int readers, PrintStream notices) {
    public WebOptions {
        if (data == null) {
            throw new IllegalArgumentException("the web app needs a data directory");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        policeUk = policeUk == null ? List.of() : List.copyOf(policeUk);
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        escalateAfter = escalateAfter == null ? Duration.ofHours(48) : escalateAfter;
        readers = readers < 1 ? 4 : readers;
        notices = notices == null ? System.err : notices;
    }

    /** Defaults: loopback, port 8080, embedded store, 30-minute idle timeout, escalation after 48 hours. */
    public static WebOptions defaults(Path data) {
        return new WebOptions(data, "127.0.0.1", 8080, null, null, null, List.of(), null, null, false, 4, null);
    }

    public WebOptions withPort(int port) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    public WebOptions withHost(String host) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    public WebOptions withDbUrl(String dbUrl) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    public WebOptions withAlerts(Path alerts) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    public WebOptions withPriorities(Path priorities) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    public WebOptions withPoliceUk(List<Path> files) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, files, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    public WebOptions withIdleTimeout(Duration idleTimeout) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    public WebOptions withEscalateAfter(Duration escalateAfter) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    /** Marks cookies Secure: set it when the app is served over HTTPS (behind a TLS proxy). */
    public WebOptions withSecureCookies(boolean secure) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secure, readers, notices);
    }

    public WebOptions withReaders(int readers) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }

    public WebOptions withNotices(PrintStream notices) {
        return new WebOptions(data, host, port, dbUrl, alerts, priorities, policeUk, idleTimeout, escalateAfter,
                secureCookies, readers, notices);
    }
}
