package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.web.WebApp;
import picocli.CommandLine;

/** {@code vigil serve}'s options reach the app it starts. */
class ServeCommandTest {
    private static List<String> cookiesSetBy(WebApp app) throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        return login.headers().allValues("Set-Cookie");
    }

    @Test
    void secureCookiesMarksTheAppsCookiesSecureAndIsOffByDefault(@TempDir Path data) throws Exception {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--data", data.toString(), "--secure-cookies");
        assertThat(serve.secureCookies).isTrue();
        try (WebApp app = ServeCommand.start(serve.storeOptions, "127.0.0.1", 0, List.of(), serve.secureCookies, false)) {
            assertThat(cookiesSetBy(app)).isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure"));
        }

        ServeCommand plain = new ServeCommand();
        new CommandLine(plain).parseArgs("--data", data.toString());
        assertThat(plain.secureCookies).isFalse();
        try (WebApp app = ServeCommand.start(plain.storeOptions, "127.0.0.1", 0, List.of(), plain.secureCookies, false)) {
            assertThat(cookiesSetBy(app)).isNotEmpty().noneSatisfy(c -> assertThat(c).contains("Secure"));
        }
    }
}
