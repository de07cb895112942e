package co.kustom.ipp.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (nothing is downloaded). It only talks to the
 * service on loopback: the flags switch off its own background traffic. A failed test leaves a screenshot in
 * {@code target/console-screenshots}. Without Chromium the tests are skipped, unless {@code IPP_BROWSER_TESTS=required}
 * (as in CI), which makes them fail.
 */
public final class Chromium implements AfterTestExecutionCallback, AutoCloseable {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path FAILURES = Path.of("target/console-screenshots");

    private ChromeDriver driver;
    private Path profile;

    public ChromeDriver driver() {
        if (driver == null) {
            requireInstalled();
            try {
                profile = Files.createTempDirectory("ipp-chromium");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            driver = start(profile);
        }
        return driver;
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed) {
            String missing = "Chromium is not installed: apt-get install chromium chromium-driver";
            if ("required".equals(System.getenv("IPP_BROWSER_TESTS"))) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing);
        }
    }

    private static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1000", "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return chrome;
    }

    /** Saves what the browser shows now as a PNG at {@code target}. */
    public void screenshot(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            File shot = driver().getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            screenshot(FAILURES.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png"));
        }
    }

    /** Quits the browser and deletes its profile folder. */
    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try {
                FileSystemUtils.deleteRecursively(profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            profile = null;
        }
    }
}
