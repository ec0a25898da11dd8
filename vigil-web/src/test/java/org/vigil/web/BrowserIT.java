package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.ledger.Entry;
import org.vigil.log.Checkpoint;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Receipt;

/**
 * The app in headless Chromium (Debian's chromium and chromedriver; Selenium never downloads a driver): a partner
 * submits a concern and checks its receipt, an analyst finds a person and sees the graph, a supervisor decides an
 * alert and sees the analyst's view in "who knew". Screenshots go to target/screenshots, so a test run leaves the
 * checkout as it was; {@code -Dvigil.screenshots=../docs/screenshots} refreshes the README's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("vigil.screenshots", "target/screenshots"));
    private static TestWorld world;
    private static WebDriver browser;
    private static Path downloads;
    private static Path profile;
    private static String personViewed;

    @BeforeAll
    static void start() throws IOException {
        world = TestWorld.start(300);
        downloads = Files.createTempDirectory("vigil-downloads");
        profile = Files.createTempDirectory("vigil-chromium");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (world != null) {
            world.close();
        }
        TestWorld.deleteTree(downloads);
        TestWorld.deleteTree(profile);
    }

    private static void open(String path) {
        browser.get(world.base + path);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void logIn(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestWorld.PASSWORD);
        browser.findElement(By.id("login")).click();
        try {
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("login as " + username + " did not land: " + browser.getCurrentUrl() + "\n"
                    + browser.getPageSource(), e);
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @Order(1)
    void aPartnerSubmitsAConcernAndItsReceiptVerifies() throws Exception {
        logIn("partner-yp");
        open("/intake");
        browser.findElement(By.id("concern-id")).sendKeys("YP-2024-0999");
        browser.findElement(By.id("s1_name")).sendKeys("Mia Thornton");
        browser.findElement(By.id("s1_born")).sendKeys("2010-06");
        browser.findElement(By.id("s2_name")).sendKeys("Ashley Quenby");
        browser.findElement(By.id("s2_phones")).sendKeys("07700 900461");
        browser.findElement(By.id("s2_vrm")).sendKeys("R742 KLT");
        browser.findElement(By.id("narrative")).sendKeys("Seen getting into a silver Astra outside school.");
        screenshot("intake-form");
        browser.findElement(By.id("submit-concern")).click();
        WebElement receipt = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-text")));
        assertThat(browser.findElement(By.className("record-id")).getText()).isEqualTo("YP-2024-0999");
        screenshot("intake-receipt");

        browser.findElement(By.id("download-receipt")).click();
        Path file = downloads.resolve("YP-2024-0999.tlog-proof");
        waiting().until(d -> Files.exists(file) && sizeOf(file) > 0);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(receipt.getText() + "\n".repeat(text.endsWith("\n") && !receipt.getText()
                .endsWith("\n") ? 1 : 0));
        Receipt parsed = Receipt.parse(text);
        Checkpoint checkpoint = parsed.check(NoteVerifier.fromVkey(world.app.parts().vault().verifierKey()));
        assertThat(checkpoint.origin()).isEqualTo(world.app.parts().vault().origin());
        assertThat(Entry.parse(parsed.extra()).get("id")).isEqualTo("YP-2024-0999");

        open("/receipts/check");
        browser.findElement(By.id("receipt-file")).sendKeys(file.toAbsolutePath().toString());
        waiting().until(d -> !d.findElement(By.id("receipt-text")).getAttribute("value").isEmpty());
        browser.findElement(By.id("check-receipt")).click();
        WebElement result = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-verdict")));
        screenshot("receipt-check");
        assertThat(result.getText()).startsWith("Valid receipt");
        assertThat(browser.findElement(By.id("receipt-result")).getAttribute("data-valid")).isEqualTo("true");

        // A receipt altered by one byte of its entry must fail in the same checker.
        String tampered = text.replaceFirst("extra ([A-Za-z0-9+/]{10})", "extra AAAAAAAAAA");
        ((ChromeDriver) browser).executeScript("document.getElementById('receipt-text').value = arguments[0];", tampered);
        browser.findElement(By.id("check-receipt")).click();
        waiting().until(d -> "false".equals(d.findElement(By.id("receipt-result")).getAttribute("data-valid")));
    }

    /**
     * What a partner typed survives the session ending before it was sent: logged in again, the form has it back
     * (found by an outside audit on 2 December 2026, when a sent form after a session expired lost the concern); once
     * the concern is received, the draft is gone.
     */
    @Test
    @Order(1)
    void aConcernTypedBeforeTheSessionEndedIsBackInTheFormUntilItIsSent() {
        logIn("partner-yp");
        open("/intake");
        browser.findElement(By.id("s1_name")).sendKeys("Orla Penhallow");
        browser.findElement(By.id("narrative")).sendKeys("Typed before the session ended.");
        browser.manage().deleteAllCookies(); // the session is gone; the tab's storage is not
        open("/login");
        browser.findElement(By.id("username")).sendKeys("partner-yp");
        browser.findElement(By.id("password")).sendKeys(TestWorld.PASSWORD);
        browser.findElement(By.id("login")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        open("/intake");
        assertThat(browser.findElement(By.id("s1_name")).getAttribute("value")).isEqualTo("Orla Penhallow");
        assertThat(browser.findElement(By.id("narrative")).getAttribute("value")).isEqualTo("Typed before the session ended.");
        assertThat(browser.findElement(By.id("draft-restored")).isDisplayed()).isTrue();
        browser.findElement(By.id("submit-concern")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("intake-received")));
        open("/intake");
        assertThat(browser.findElement(By.id("s1_name")).getAttribute("value")).isEmpty();
    }

    @Test
    @Order(2)
    void anAnalystFindsAPersonAndSeesTheGraph() throws Exception {
        logIn("analyst");
        open("/search");
        browser.findElement(By.id("q")).sendKeys("Ashly Quenbie");
        browser.findElement(By.id("search-purpose")).sendKeys("case work");
        browser.findElement(By.id("search")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        screenshot("search");
        List<WebElement> names = browser.findElements(By.cssSelector("#results td.name"));
        assertThat(names).extracting(WebElement::getText).contains("Ashley Quenby");
        WebElement link = browser.findElements(By.cssSelector("#results tr")).stream()
                .filter(r -> r.getText().contains("Ashley Quenby") && r.getText().contains("YP-2024-XSS1"))
                .findFirst().orElseThrow().findElement(By.cssSelector("td a"));
        personViewed = link.getText();
        link.click();
        WebElement graph = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("graph")));
        waiting().until(d -> graph.getAttribute("data-ready") != null);
        assertThat(Integer.parseInt(graph.getAttribute("data-ready"))).isGreaterThan(3);
        assertThat(browser.findElement(By.id("purpose-shown")).getText()).isEqualTo("case work");
        Thread.sleep(500);
        screenshot("person-graph");
    }

    @Test
    @Order(3)
    void aSupervisorDecidesAnAlertWithAReason() throws Exception {
        logIn("supervisor");
        open("/alerts");
        WebElement alert = browser.findElement(By.id("alert-" + TestWorld.ALERT_ID));
        new Select(alert.findElement(By.name("outcome"))).selectByValue("refer");
        alert.findElement(By.cssSelector("button")).click();
        assertThat(browser.findElement(By.id("alert-" + TestWorld.ALERT_ID)).findElements(By.className("decision")))
                .isEmpty();
        WebElement reason = browser.findElement(By.id("alert-" + TestWorld.ALERT_ID)).findElement(By.className("reason"));
        reason.sendKeys("Two agencies, same adult: refer to the multi-agency CSE panel.");
        screenshot("alert-deciding");
        browser.findElement(By.id("alert-" + TestWorld.ALERT_ID)).findElement(By.cssSelector("button")).click();
        WebElement decided = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#alert-" + TestWorld.ALERT_ID + " .decision")));
        assertThat(decided.getText()).contains("refer").contains("supervisor").contains("multi-agency CSE panel");
        assertThat(browser.findElement(By.id("decision-made")).getText()).contains(TestWorld.ALERT_ID).contains("recorded");
        screenshot("alert-decided");
        assertThat(world.app.parts().alerts().decision(TestWorld.ALERT_ID)).get()
                .satisfies(d -> assertThat(d.decidedBy()).isEqualTo("supervisor"));
    }

    @Test
    @Order(4)
    void theViewJustMadeIsInWhoKnew() throws Exception {
        assertThat(personViewed).isNotNull();
        logIn("supervisor");
        open("/who-knew");
        browser.findElement(By.id("target")).sendKeys(personViewed);
        browser.findElement(By.id("who-knew-purpose")).sendKeys("oversight review");
        browser.findElement(By.id("who-knew")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        screenshot("who-knew");
        List<WebElement> rows = browser.findElements(By.cssSelector("#events tr.event"));
        WebElement view = rows.stream().filter(r -> r.findElement(By.className("actor")).getText().equals("analyst")
                && r.findElement(By.className("action")).getText().equals("view person")).findFirst().orElseThrow();
        assertThat(view.findElement(By.className("reason")).getText()).isEqualTo("case work");
        assertThat(rows).anySatisfy(r -> assertThat(r.findElement(By.className("action")).getText())
                .isEqualTo("decide alert"));
        assertThat(rows).anySatisfy(r -> assertThat(r.findElement(By.className("action")).getText())
                .isEqualTo("record concern"));

        // The row's inclusion proof verifies offline, and its entry is this very access.
        java.net.URI href = java.net.URI.create(view.findElement(By.cssSelector("a[download]")).getAttribute("href"));
        String link = href.getRawPath() + "?" + href.getRawQuery();
        assertThat(link).startsWith("/log/proof/" + view.findElement(By.cssSelector("td")).getText() + "?purpose=");
        assertThat(view.findElement(By.className("commitment")).getText()).startsWith("matches the entry");
        String proof = new HttpUser(world.base).login("supervisor", TestWorld.PASSWORD).get(link).body();
        Receipt receipt = Receipt.parse(proof);
        receipt.check(NoteVerifier.fromVkey(world.app.parts().vault().verifierKey()));
        Entry entry = Entry.parse(receipt.extra());
        assertThat(entry.get("action")).isEqualTo("view person");
        assertThat(entry.get("by")).isEqualTo("analyst");
        assertThat(entry.get("target")).isEqualTo(personViewed);
    }

    @Test
    @Order(5)
    void theLogVerifiesFromItsPage() throws Exception {
        logIn("auditor");
        open("/log");
        browser.findElement(By.id("verify")).click();
        WebElement result = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
        assertThat(result.getText()).startsWith("Verified");
        screenshot("log-status");
    }

    @Test
    @Order(6)
    void theForceChartAndThePrioritiesRender() throws Exception {
        logIn("analyst");
        open("/harm");
        waiting().until(d -> "true".equals(d.findElement(By.id("harm-chart")).getAttribute("data-ready")));
        Thread.sleep(300);
        screenshot("force-harm-chart");
        open("/priorities?by=harm");
        screenshot("priorities-by-harm");
        List<WebElement> rows = browser.findElements(By.cssSelector("#priorities tr td:nth-child(3)"));
        assertThat(rows.get(0).getText()).endsWith("(P-000002)");
        browser.findElement(By.id("by-volume")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#priorities tr td:nth-child(3)")).get(0).getText()
                .endsWith("(P-000001)"));
    }

    /**
     * The partner's concern of the first test named "Ashley Quenby" with his phone, so linkage joined it to him. A
     * supervisor who knows it was another man splits it off, with a reason: the person page then shows the rest, and
     * the mention has a person of its own, in the app and in the log, which still verifies.
     */
    @Test
    @Order(7)
    void aSupervisorSplitsOffAMentionThatIsSomeoneElse() throws Exception {
        var persons = world.app.parts().persons();
        String ash = persons.personOf(TestWorld.XSS_CONCERN + "/s2").orElseThrow();
        assertThat(persons.personOf("YP-2024-0999/s2")).contains(ash);
        logIn("supervisor");
        open("/persons/" + ash + "?purpose=" + HttpUser.enc("case review"));
        WebElement form = browser.findElement(By.id("split-form"));
        form.findElement(By.cssSelector("input[value='YP-2024-0999/s2']")).click();
        form.findElement(By.name("reason")).sendKeys("The school says the man at the gate was his cousin, not Ashley.");
        ((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", form);
        screenshot("person-split-deciding");
        form.findElement(By.cssSelector("button")).click();
        WebElement done = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("split-done")));
        String other = done.findElement(By.tagName("a")).getText();
        assertThat(other).startsWith("P-").isNotEqualTo(ash);
        assertThat(browser.getCurrentUrl()).contains("/persons/" + ash);
        screenshot("person-split-done");
        assertThat(persons.personOf("YP-2024-0999/s2")).contains(other);
        assertThat(persons.personOf(TestWorld.XSS_CONCERN + "/s2")).contains(ash);
        assertThat(persons.mentionsOf(ash)).doesNotContain("YP-2024-0999/s2");
        assertThat(world.app.parts().vault().splits()).singleElement().satisfies(split -> {
            assertThat(split.actor()).isEqualTo("supervisor");
            assertThat(split.reason()).contains("his cousin");
            assertThat(split.splitOff()).containsExactly("YP-2024-0999/s2");
        });
        assertThat(world.app.parts().vault().audit().problems()).isEmpty();
    }

    /**
     * A partner chooses its concerns' ids, and an id may hold "&purpose=": the concern page's link to who knew about it
     * must carry the whole id, so the supervisor who follows it is asked for a purpose rather than logged with the one
     * the id wrote into the link.
     */
    @Test
    @Order(8)
    void theWhoKnewLinkOfAConcernCarriesItsWholeIdAndAsksThePurpose() throws Exception {
        String id = "YP-2024-0998&purpose=routine check";
        String record = "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"2024-05-01T10:00:00Z\","
                + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-07\"},\"subjects\":[{\"ref\":\"s1\","
                + "\"role\":\"victim\",\"name\":\"Tia Example\"}]}";
        assertThat(new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD).postJson("/api/concerns", record)
                .statusCode()).isEqualTo(201);
        logIn("supervisor");
        open("/concerns/" + Web.path(id) + "?purpose=" + HttpUser.enc("case review"));
        browser.findElement(By.linkText("Who knew about this concern")).click();
        WebElement purpose = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("purpose-form")));
        assertThat(purpose.findElement(By.cssSelector("input[name='target']")).getAttribute("value")).isEqualTo(id);
        assertThat(world.accessesTo(id, "YP-2024-0998")).noneMatch(a -> a.action().equals("who knew"));
    }

    /**
     * Every field a user types into or chooses from has a name a screen reader announces (a label, or aria-label or
     * aria-labelledby): on the forms an analyst, a supervisor, a partner and an admin meet, including those shown only
     * with a restricted mention, a split, or a break-glass opening awaiting review.
     */
    @Test
    @Order(9)
    void everyFormFieldHasALabel() {
        String restricted = world.app.parts().persons().personOf(TestWorld.RESTRICTED_CONCERN + "/s1").orElseThrow();
        String ash = world.app.parts().persons().personOf(TestWorld.XSS_CONCERN + "/s2").orElseThrow();
        logIn("analyst");
        open("/persons/" + restricted + "?purpose=" + HttpUser.enc("case work"));
        assertThat(browser.findElements(By.cssSelector(".withheld form"))).isNotEmpty();
        assertThat(unlabelledFields()).isEmpty();

        new HttpUser(world.base).login("analyst", TestWorld.PASSWORD).postForm("/break-glass", Map.of("concern",
                TestWorld.RESTRICTED_CONCERN, "reason", "the suspect is named in a missing-person case"), true);
        logIn("supervisor");
        open("/break-glass");
        assertThat(browser.findElements(By.cssSelector("#waiting input[name='note']"))).isNotEmpty();
        assertThat(unlabelledFields()).isEmpty();
        open("/persons/" + ash + "?purpose=" + HttpUser.enc("case review"));
        assertThat(browser.findElements(By.id("split-form"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#splits form"))).isNotEmpty();
        assertThat(unlabelledFields()).isEmpty();
        open("/intake");
        assertThat(unlabelledFields()).isEmpty();

        logIn(WebApp.FIRST_ADMIN);
        open("/admin/accounts");
        assertThat(unlabelledFields()).isEmpty();
    }

    /**
     * A partner who records a decision on its concern is taken back to the concern, and that view is logged with the
     * purpose the partner opened it for, not one the app made up.
     */
    @Test
    @Order(10)
    void aDecisionOnAConcernReturnsToItUnderThePurposeItWasOpenedFor() {
        logIn("partner-yp");
        open("/concerns/YP-2024-0999?purpose=" + HttpUser.enc("monthly case review"));
        new Select(browser.findElement(By.id("decision-outcome"))).selectByValue("referred");
        browser.findElement(By.id("decision-reason")).sendKeys("Referred to the school's safeguarding lead.");
        browser.findElement(By.id("decide-concern")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions"), "safeguarding lead"));
        assertThat(browser.getCurrentUrl()).endsWith("/concerns/YP-2024-0999?purpose=monthly+case+review");
        assertThat(world.accessesTo("YP-2024-0999")).filteredOn(a -> a.actor().equals("partner-yp")
                && a.action().equals("view concern")).extracting(a -> a.reason()).containsOnly("monthly case review");
    }

    /** An account that cannot be created is told as an error, announced as one, never shown as done. */
    @Test
    @Order(11)
    void anAccountThatCannotBeCreatedShowsAnError() {
        logIn(WebApp.FIRST_ADMIN);
        open("/admin/accounts");
        WebElement form = browser.findElement(By.cssSelector("form.narrow"));
        form.findElement(By.name("username")).sendKeys("partner-new");
        form.findElement(By.name("displayName")).sendKeys("New Partner");
        new Select(form.findElement(By.name("role"))).selectByValue("submitter");
        form.findElement(By.name("password")).sendKeys("a long enough password");
        form.findElement(By.cssSelector("button")).click();
        WebElement error = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("account-error")));
        assertThat(error.getText()).isEqualTo("a partner submitter must belong to an agency");
        assertThat(error.getAttribute("class")).isEqualTo("error");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.findElements(By.id("account-message"))).isEmpty();
    }

    /** A failed login is announced, and tied to the fields it is about, for whoever cannot see the page. */
    @Test
    @Order(12)
    void aFailedLoginIsAnnouncedAndTiedToItsFields() {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("analyst");
        browser.findElement(By.id("password")).sendKeys("not the password at all");
        browser.findElement(By.id("login")).click();
        WebElement error = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        for (String field : List.of("username", "password")) {
            assertThat(browser.findElement(By.id(field)).getAttribute("aria-describedby")).isEqualTo("login-error");
            assertThat(browser.findElement(By.id(field)).getAttribute("aria-invalid")).isEqualTo("true");
        }
    }

    /** The page's visible form fields that have no accessible name. */
    @SuppressWarnings("unchecked")
    private static List<String> unlabelledFields() {
        return (List<String>) ((ChromeDriver) browser).executeScript("return Array.from(document.querySelectorAll("
                + "'input, select, textarea')).filter(e => e.type !== 'hidden' && e.type !== 'submit'"
                + " && e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))"
                + ".map(e => e.outerHTML);");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
