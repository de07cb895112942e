package co.kustom.ipp.console;

import static co.kustom.ipp.support.Sessions.seedBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.CallbackReceiver;
import co.kustom.ipp.support.Chromium;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.TestMerchants;
import co.kustom.ipp.support.TestMerchants.TestMerchant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real Chromium, against the whole service: every press goes through the public API. With
 * {@code -Dipp.console.screenshots=<folder>} it also saves the README's screenshots there.
 */
@IntegrationTest
class ConsoleBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;

    TestMerchant merchant;
    Api api;
    ChromeDriver browser;

    @BeforeEach
    void openTheConsole() {
        merchant = merchants.create();
        api = Api.at(port).as(merchant.apiKey());
        browser = CHROMIUM.driver();
        browser.get("http://localhost:" + port + "/console");
        browser.executeScript("sessionStorage.clear()");
        browser.get("http://localhost:" + port + "/console/#/sessions");
    }

    @AfterAll
    static void closeTheBrowser() {
        CHROMIUM.close();
    }

    private WebElement await(By what) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    private void awaitText(By what, String text) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(what, text));
    }

    private void signIn(String key) {
        WebElement field = await(By.id("api-key"));
        field.clear();
        field.sendKeys(key);
        browser.findElement(By.id("sign-in")).click();
    }

    private void signedIn() {
        signIn(merchant.apiKey());
        await(By.id("nav"));
    }

    private void go(String hash) {
        browser.executeScript("location.hash = arguments[0]", hash);
    }

    private UUID createSimulatedDeviceInTheConsole(String name) {
        go("#/devices");
        WebElement field = await(By.id("device-name"));
        field.clear();
        field.sendKeys(name);
        browser.findElement(By.id("create-device")).click();
        By row = By.xpath("//table[@data-test='devices']//tr[td[1][text()='" + name + "']]");
        return UUID.fromString(await(row).getDomAttribute("data-device"));
    }

    private void screenshotForTheReadme(String name) {
        String folder = System.getProperty("ipp.console.screenshots");
        if (folder != null) {
            CHROMIUM.screenshot(Path.of(folder).resolve(name));
        }
    }

    @Test
    void aWrongKeyIsToldSoAndTheMerchantsKeySignsIn() {
        signIn("kco_test_api_not_a_key_of_anybody_0000");
        awaitText(By.cssSelector("[data-test=error]"), "This API key was not accepted");
        assertThat(browser.findElement(By.id("nav")).isDisplayed()).isFalse();
        assertThat(browser.executeScript("return sessionStorage.length")).isEqualTo(0L);

        signIn(merchant.apiKey());
        await(By.id("nav"));
        assertThat(browser.findElement(By.id("environment")).getText()).isEqualTo("Playground");
        awaitText(By.cssSelector("[data-test=empty]"), "No sessions match these filters.");
    }

    @Test
    void aSessionAppearsOnThePosScreenAtOnceAndItsTimelineShowsBothAttemptsAndTheCallbacks() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            api.put("/portal/v1/callback-endpoint", "{\"url\": \"" + receiver.url() + "\"}");
            signedIn();
            UUID device = createSimulatedDeviceInTheConsole("Till 7");
            browser.findElement(By.cssSelector("[data-device='" + device + "'] [data-test=open-pos]")).click();
            awaitText(By.cssSelector("[data-test=stream-state]"), "Connected");
            await(By.cssSelector("[data-test=waiting]"));

            ApiResponse created = api.post("/ipp/v1/sessions", seedBody(device));
            assertThat(created.status()).as(created.raw()).isEqualTo(200);
            WebElement amount = new WebDriverWait(browser, Duration.ofSeconds(1))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pos-amount]")));
            assertThat(amount.getText()).contains("2,400.00").contains("SEK");
            screenshotForTheReadme("pos-screen.png");

            new Select(browser.findElement(By.id("tap-outcome"))).selectByValue("DECLINED_GENERIC");
            browser.findElement(By.id("tap")).click();
            awaitText(By.cssSelector("[data-test=pos-message]"), "DECLINED_GENERIC");
            assertThat(browser.findElement(By.cssSelector("[data-test=pos-message]")).getText())
                    .doesNotContain("successfully");
            new Select(browser.findElement(By.id("tap-outcome"))).selectByValue("SUCCESS");
            browser.findElement(By.id("tap")).click();
            awaitText(By.cssSelector("[data-test=pos-screen] [data-test=badge]"), "FINALIZED");

            browser.findElement(By.cssSelector("[data-test=session-link]")).click();
            By events = By.cssSelector("[data-test=timeline] li");
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.numberOfElementsToBe(events, 4));
            assertThat(browser.findElements(events)).extracting(event -> event.getDomAttribute("data-event"))
                    .containsExactly("SessionCreated", "SessionActivated", "PaymentAttemptFailed", "SessionFinalized");
            assertThat(browser.findElement(By.cssSelector("[data-event=PaymentAttemptFailed]")).getText())
                    .contains("DECLINED_GENERIC").contains("Caused by");
            awaitText(By.cssSelector("[data-field=status]"), "FINALIZED");

            receiver.await(callback -> true, 4, WAIT);
            By delivered = By.xpath("//table[@data-test='deliveries']//tr[td[3][normalize-space()='DELIVERED']]");
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.numberOfElementsToBe(delivered, 4));
            assertThat(browser.findElement(By.cssSelector("[data-test=deliveries]")).getText())
                    .contains("ipp.session.created").contains("ipp.payment.failed").contains("Default");
            browser.executeScript("document.querySelector('[data-test=timeline]').closest('section').scrollIntoView()");
            screenshotForTheReadme("session-timeline.png");

            browser.findElements(By.cssSelector("[data-test=resend]")).get(0).click();
            receiver.await(callback -> true, 5, WAIT);
        }
    }

    @Test
    void scanToPayShowsAQrCodeAndExplainsWhichCurrenciesAMethodTakes() {
        signedIn();
        UUID device = createSimulatedDeviceInTheConsole("Till 8");
        go("#/devices/" + device + "/pos");
        awaitText(By.cssSelector("[data-test=stream-state]"), "Connected");
        api.post("/ipp/v1/sessions", seedBody(device));
        await(By.cssSelector("[data-test=pos-amount]"));

        assertThat(browser.findElement(By.cssSelector("[data-method=VIPPS]")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".actions")).getText())
                .contains("Vipps takes only NOK, DKK, EUR; this session is in SEK.");
        browser.findElement(By.cssSelector("[data-method=SWISH]")).click();
        WebElement qr = await(By.cssSelector("[data-test=scan-qr] img"));
        assertThat(qr.getDomAttribute("src")).startsWith("data:image/gif;base64,");
        assertThat((Long) browser.executeScript("return arguments[0].naturalWidth", qr)).isGreaterThan(100);
        browser.findElement(By.cssSelector("[data-outcome=SUCCESS]")).click();
        awaitText(By.cssSelector("[data-test=pos-screen] [data-test=badge]"), "FINALIZED");
        assertThat(api.get("/ipp/v1/sessions?device_id=" + device).body().path("content").get(0)
                .path("payment_method").asText()).isEqualTo("SWISH");
    }

    @Test
    void anEnrollmentCodeIsShownLargeWithItsQrCodeAndTheTimeLeft() {
        signedIn();
        go("#/devices");
        await(By.id("create-enrollment")).click();
        String code = await(By.cssSelector("[data-test=enrollment-code]")).getText();
        assertThat(code).matches("[A-Z2-9]{8}");
        assertThat(browser.findElement(By.cssSelector(".enrollment img")).getDomAttribute("alt")).contains(code);
        awaitText(By.cssSelector("[data-test=enrollment-expiry]"), "Expires in 1 h 59 min");
        assertThat(api.get("/ipp/v1/enrollments").body().path("content").get(0).path("enrollment_code").asText())
                .isEqualTo(code);
    }

    @Test
    void theSessionListFollowsNewSessionsAndReconciliationCountsThem() {
        UUID device = co.kustom.ipp.support.Sessions.simulatedDevice(api);
        signedIn();
        await(By.cssSelector("[data-test=empty]"));
        String session = api.post("/ipp/v1/sessions", seedBody(device)).text("session_id");
        await(By.cssSelector("[data-session='" + session + "']"));
        api.post("/ipp/v1/dev/sessions/" + session + "/simulate-tap", null);
        awaitText(By.cssSelector("[data-session='" + session + "'] [data-test=badge]"), "FINALIZED");
        assertThat(browser.findElement(By.cssSelector("[data-session='" + session + "']")).getText()).contains("Till");

        new Select(browser.findElement(By.id("filter-status"))).selectByValue("CANCELLED");
        browser.findElement(By.cssSelector("form.inline button[type=submit]")).click();
        awaitText(By.cssSelector("[data-test=empty]"), "No sessions match these filters.");
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("FINALIZED");
        new WebDriverWait(browser, WAIT).until(driver -> new Select(driver.findElement(By.id("filter-device")))
                .getOptions().size() > 1);
        new Select(browser.findElement(By.id("filter-device"))).selectByValue(device.toString());
        browser.findElement(By.cssSelector("form.inline button[type=submit]")).click();
        await(By.cssSelector("[data-session='" + session + "']"));

        go("#/reconciliation");
        WebElement sek = await(By.cssSelector("[data-test=report] [data-currency=SEK]"));
        assertThat(sek.getText()).contains("SEK").contains("1 · SEK 2,400.00");
        assertThat(browser.findElement(By.cssSelector("svg.chart")).findElements(By.tagName("rect"))).hasSize(5);
    }

    @Test
    void aFailedCallShowsTheProblemsDetailAndCorrelationId() {
        signedIn();
        go("#/sessions/" + UUID.randomUUID());
        WebElement error = await(By.cssSelector("[data-test=error]"));
        assertThat(error.getText()).contains("not found").containsPattern("Correlation id: [0-9a-f-]{36}");
        List<WebElement> loading = browser.findElements(By.cssSelector("[data-test=loading]"));
        assertThat(loading).as("nothing stays 'Loading…'").isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=empty]"))).hasSize(3);
    }
}
