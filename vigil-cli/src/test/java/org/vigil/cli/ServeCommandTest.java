package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** README, exit status 2: a file named on the command line that does not exist, for serve as for every command. */
    @Test
    void aPoliceUkFileThatDoesNotExistIsRefusedBeforeTheAppStarts(@TempDir Path data) {
        ServeCommand serve = new ServeCommand();
        Path missing = data.resolve("2018-10-street.csv");
        new CommandLine(serve).parseArgs("--data", data.resolve("store").toString(), "--police-uk", missing.toString());
        assertThatThrownBy(() -> ServeCommand.start(serve.storeOptions, "127.0.0.1", 0, serve.policeUk, false, false).close())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(missing + ": no such file");
        assertThat(data.resolve("store")).as("no store or first account made").doesNotExist();
    }
}
