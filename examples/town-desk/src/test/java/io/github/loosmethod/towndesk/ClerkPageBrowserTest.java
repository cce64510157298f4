package io.github.loosmethod.towndesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.jackson3.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clerk's page in a real browser: Debian's Chromium, headless, driven by its chromedriver
 * (packages {@code chromium} and {@code chromium-driver}). Screenshots of each page go to
 * {@code target/screenshots}, kept as the run's artefacts.
 */
class ClerkPageBrowserTest extends DeskTestBase {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        assertThat(Files.isExecutable(chromium) && Files.isExecutable(driver))
                .as("Debian's chromium and chromium-driver are needed: apt-get install -y chromium chromium-driver")
                .isTrue();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile());
        // As root (CI), Chromium runs only without its sandbox; the others keep it off this closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + Files.createTempDirectory("town-desk-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(file)).isPositive();
    }

    /** A record under assessment, brought there in the database as an import would, its draft made through the API. */
    private String underAssessment() {
        String id = freshId("page");
        Initiative state = renamed(EmileBaslyPlayground.underAssessment(), id);
        create(Initiative.builder().from(state).withHistory(List.of()).build());
        jdbc.update("UPDATE initiative SET document = CAST(? AS jsonb), status = 'under_assessment' WHERE id = ?",
                LoosJson.strict().writeAsString(state), id);
        return id;
    }

    @Test
    void aClerkSeesTheRecordIsRefusedWithTheRuleThenDecidesInFrench() throws IOException {
        String id = underAssessment();
        String base = "http://localhost:" + port + "/?lang=fr";

        browser.get(base + "#/");
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#/initiatives/" + id + "']")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("Initiatives");
        screenshot("1-list");

        link.click();
        waiting().until(ExpectedConditions.textToBe(By.id("status"), InitiativeStatus.UNDER_ASSESSMENT.label(Locale.FRENCH)));
        assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo(EmileBaslyPlayground.draft().title());
        assertThat(browser.findElements(By.cssSelector("table.ladder tbody tr"))).hasSize(6);
        // One planned mark per phase the plan declares a level for.
        assertThat(browser.findElements(By.cssSelector("table.ladder .planned"))).hasSize(EmileBaslyPlayground.draft().involvementPlan().levels().size());
        // One practised mark per phase in which an activity of the record took place.
        Initiative shown = EmileBaslyPlayground.underAssessment();
        long practised = io.github.loosmethod.involvement.PlannedVersusPractised.of(shown.involvementPlan(), shown.activities()).phases().stream()
                .filter(phase -> phase.practised().isPresent()).count();
        assertThat(practised).as("the case has practice to draw").isPositive();
        assertThat(browser.findElements(By.cssSelector("table.ladder .practised"))).hasSize((int) practised);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Chronologie", "Aucune convention rédigée");
        // Every field of every form is labelled, for screen readers and keyboard users.
        for (WebElement field : browser.findElements(By.cssSelector("form input, form select"))) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + field.getAttribute("id") + "']"))).hasSize(1);
        }
        screenshot("2-under-assessment");

        // The school, an applicant, cannot accept its own request: the page shows the rule and the message.
        new Select(browser.findElement(By.id("op-accept-by"))).selectByVisibleText(EmileBaslyPlayground.SCHOOL.name() + " (school)");
        browser.findElement(By.id("op-accept-reason")).sendKeys("Bon projet");
        browser.findElement(By.id("op-accept-submit")).click();
        WebElement refusal = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal")));
        assertThat(refusal.getText()).contains("Refusé", "R10");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("outcome");
        assertThat(version(id)).isEqualTo(1);
        screenshot("3-refused");

        // The councillor accepts it, with the keyboard: the record moves on, its timeline grows.
        new Select(browser.findElement(By.id("op-accept-by"))).selectByVisibleText(EmileBaslyPlayground.COUNCILLOR.name() + " (elected_official)");
        WebElement reason = browser.findElement(By.id("op-accept-reason"));
        reason.clear();
        reason.sendKeys("Un projet crédible et d'intérêt général\n");
        waiting().until(ExpectedConditions.textToBe(By.id("status"), InitiativeStatus.ACCEPTED.label(Locale.FRENCH)));
        assertThat(browser.findElement(By.cssSelector(".done")).getText()).contains("version 2");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Un projet crédible et d'intérêt général");
        assertThat(version(id)).isEqualTo(2);
        screenshot("4-accepted");
    }

    /** A record accepted, brought there in the database as an import would, its draft made through the API. */
    private String accepted() {
        String id = freshId("page-accepted");
        Initiative state = renamed(EmileBaslyPlayground.accepted(), id);
        create(Initiative.builder().from(state).withHistory(List.of()).withDecisions(List.of()).build());
        jdbc.update("UPDATE initiative SET document = CAST(? AS jsonb), status = 'accepted' WHERE id = ?",
                LoosJson.strict().writeAsString(state), id);
        return id;
    }

    /** A date field's value set as the browser's picker would (typing into one depends on the browser's locale). */
    private void date(String field, java.time.LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(field)), day.toString());
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    /** Waits for the page's answer to a form, and checks it was done (the refusal shown otherwise says why). */
    private void accepted(int version) {
        waiting().until(ExpectedConditions.or(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".done"), "version " + version),
                ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))));
        assertThat(browser.findElements(By.id("refusal"))).as(() -> browser.findElement(By.id("refusal")).getText()).isEmpty();
    }

    private void fillCommitment(int n, String commitmentId, String side, String responsible, String kind, String description) {
        String p = "op-draft-convention-c" + n;
        type(p + "-id", commitmentId);
        new Select(browser.findElement(By.id(p + "-side"))).selectByValue(side);
        new Select(browser.findElement(By.id(p + "-responsible"))).selectByVisibleText(responsible);
        new Select(browser.findElement(By.id(p + "-kind"))).selectByValue(kind);
        type(p + "-description", description);
    }

    /**
     * The forms beyond the lifecycle's moves: a convention drafted with the commitments of both
     * sides (refused first, with only the town's, then kept), a commitment's status recorded, a
     * participation activity recorded; each field labelled, the last sent with the keyboard.
     */
    @Test
    void aClerkDraftsTheConventionFollowsACommitmentAndRecordsAnActivity() throws IOException {
        String id = accepted();
        browser.get("http://localhost:" + port + "/?lang=en#/initiatives/" + id);
        waiting().until(ExpectedConditions.textToBe(By.id("status"), InitiativeStatus.ACCEPTED.label(Locale.ENGLISH)));
        for (WebElement field : browser.findElements(By.cssSelector("form input, form select"))) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + field.getAttribute("id") + "']"))).as(field.getAttribute("id")).hasSize(1);
        }
        String councillor = EmileBaslyPlayground.COUNCILLOR.name() + " (elected_official)";
        String school = EmileBaslyPlayground.SCHOOL.name() + " (school)";
        type("op-draft-convention-reference", "FF-2022-03");
        // From today (the form's default) for a year: the clerk signs today, within it.
        date("op-draft-convention-to", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1));
        fillCommitment(0, "town-tools", "town", councillor, "equipment_loan", "Lend the tools for the works");
        // Only the town commits: the applicants' commitment is taken out, and the method refuses it, saying what is
        // missing: a commitment of the applicants (R5), for the works and the upkeep (R7), in the phases the plan
        // claims co-production for (R15).
        browser.findElement(By.id("op-draft-convention-c1-remove")).click();
        browser.findElement(By.id("op-draft-convention-submit")).click();
        WebElement refusal = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal")));
        assertThat(refusal.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(refusal.getText()).contains("Refused", "Rule", "Message");
        assertThat(refusal.findElement(By.cssSelector("tbody td")).getText()).matches("R5 — .+");
        assertThat(refusal.getText()).contains("/convention/commitments", "The applicants hold no \"stewardship\" commitment.",
                "/involvementPlan/levels/design");
        assertThat(version(id)).isEqualTo(1);
        screenshot("6-convention-refused");

        // The applicants' commitments added, for the design, the works and the upkeep: the convention is drafted.
        browser.findElement(By.id("op-draft-convention-add")).click();
        fillCommitment(2, "pupils-action-plan", "applicants", school, "design", "Finalise the action plan with the association");
        browser.findElement(By.id("op-draft-convention-add")).click();
        fillCommitment(3, "greening-together", "applicants", school, "realisation", "Plant the freed ground together");
        browser.findElement(By.id("op-draft-convention-add")).click();
        fillCommitment(4, "school-upkeep", "applicants", school, "stewardship", "Look after the planted areas");
        browser.findElement(By.id("op-draft-convention-submit")).click();
        accepted(2);
        assertThat(version(id)).isEqualTo(2);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("FF-2022-03", "town-tools", "pupils-action-plan", "greening-together");
        screenshot("7-convention-drafted");

        // Signed by both sides (the forms the page already had), then a commitment followed: the town lent its tools.
        assertThat(browser.findElements(By.id("op-record-commitment-status-commitment"))).as("offered once signed").isEmpty();
        new Select(browser.findElement(By.id("op-sign-by"))).selectByVisibleText(councillor);
        new Select(browser.findElement(By.id("op-sign-side"))).selectByValue("town");
        type("op-sign-reason", "The councillor signs for the town");
        browser.findElement(By.id("op-sign-submit")).click();
        accepted(3);
        new Select(browser.findElement(By.id("op-sign-by"))).selectByVisibleText(school);
        new Select(browser.findElement(By.id("op-sign-side"))).selectByValue("applicants");
        type("op-sign-reason", "The head teacher signs for the school");
        browser.findElement(By.id("op-sign-submit")).click();
        accepted(4);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(InitiativeStatus.AGREED.label(Locale.ENGLISH));
        new Select(browser.findElement(By.id("op-record-commitment-status-commitment"))).selectByValue("town-tools");
        new Select(browser.findElement(By.id("op-record-commitment-status-status"))).selectByValue("in_progress");
        type("op-record-commitment-status-reason", "Tools handed over");
        browser.findElement(By.id("op-record-commitment-status-submit")).click();
        accepted(5);
        Initiative stored = LoosJson.strict().readChecked(storedDocument(id).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Initiative.class).value();
        assertThat(stored.convention().orElseThrow().commitment("town-tools").orElseThrow().status())
                .isEqualTo(io.github.loosmethod.commitment.CommitmentStatus.IN_PROGRESS);
        screenshot("8-commitment-recorded");

        // An activity recorded, sent with the Enter key from its last field.
        int practisedBefore = browser.findElements(By.cssSelector("table.ladder .practised")).size();
        type("op-record-activity-id", "site-walk-2022");
        new Select(browser.findElement(By.id("op-record-activity-kind"))).selectByValue("site_walk");
        type("op-record-activity-activity-title", "Walk around the playground with the pupils");
        date("op-record-activity-held-on", java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        new Select(browser.findElement(By.id("op-record-activity-phase"))).selectByValue("implementation");
        new Select(browser.findElement(By.id("op-record-activity-level"))).selectByValue("co_production");
        type("op-record-activity-participants", "30\n");
        accepted(6);
        assertThat(LoosJson.strict().readChecked(storedDocument(id).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Initiative.class).value().activities()).anyMatch(a -> a.id().equals("site-walk-2022") && a.participants().orElse(0) == 30);
        assertThat(browser.findElements(By.cssSelector("table.ladder .practised")).size()).isGreaterThanOrEqualTo(practisedBefore);
        screenshot("9-activity-recorded");
    }

    @Test
    void theListIsInEnglishByDefault() throws IOException {
        underAssessment();
        browser.get("http://localhost:" + port + "/?lang=en#/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("main table caption")).getText()).isEqualTo("Initiatives");
        assertThat(browser.findElement(By.id("home")).getText()).isEqualTo("Town desk");
        screenshot("5-list-en");
    }
}
