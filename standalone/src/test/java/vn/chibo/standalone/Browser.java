package vn.chibo.standalone;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them), started with
 * the flags that work on these machines and a fresh profile.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian packages chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            var options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--window-size=1280,1600", "--lang=vi", "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens {@code url} as the named account: the service sends a browser without a token to its sign-in
     * page, which comes back to {@code url} once the form is sent.
     */
    static void signInAndOpen(ChromeDriver browser, String url, String username, String password) {
        browser.get(url);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Saves what the browser shows under target/, for people to look at. */
    static void screenshot(ChromeDriver browser, String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
