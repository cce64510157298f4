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
