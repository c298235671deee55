package io.livechain.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The control-tower page in a real headless Chromium against the running stack: it loads without a
 * token and asks for one, and once signed in a scan, a warm reading and a reroute sent to the ingress
 * appear without a reload, and an alert is acknowledged from the page. Screenshots go to
 * target/screenshots/ (the README's come from there).
 */
class ControlTowerE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static E2eStack e2e;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        e2e = E2eStack.get();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    private static WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void present(String css) {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void withoutATokenThePageAsksForOneAndOpensWithIt() throws IOException {
        given().baseUri(e2e.url())
                .accept("text/html")
                .get("/")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html"));
        browser.get(e2e.url() + "/");
        browser.executeScript("sessionStorage.clear()");
        browser.navigate().refresh();

        visible("#token-form");
        screenshot("control-tower-sign-in");
        browser.findElement(By.id("token-input")).sendKeys("not-a-token");
        browser.findElement(By.cssSelector("#token-form button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-problem"), "401"));

        browser.findElement(By.id("token-input")).sendKeys(e2e.stack.token());
        browser.findElement(By.cssSelector("#token-form button")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "live"));
        assertTrue(browser.findElement(By.id("tower")).isDisplayed());
    }

    @Test
    void scanWarmReadingAndRerouteAppearLiveAndAnAlertIsAcknowledged() throws IOException {
        browser.get(e2e.url() + "/#token=" + e2e.stack.token());
        waiting().until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "live"));
        waiting().until(driver -> !driver.getCurrentUrl().contains("#")); // the token leaves the address bar
        // Survives only as long as the document: a reload would drop it.
        browser.executeScript("window.sameDocument = true");

        String location = "e2e-tower-dc";
        Scans.send(
                        e2e.url(),
                        "tower-scan-1",
                        Scans.scan(
                                "e2e-tower-sku",
                                location,
                                "7",
                                "receiving",
                                Instant.now().toString()))
                .statusCode(202);
        waiting()
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("#locations tr[data-location='" + location + "'] td.units"), "7"));

        String reefer = "e2e-tower-reefer";
        Scans.sendEvent(e2e.url(), "tower-warm-1", "io.livechain.sensor.reading.v1", """
                        {"deviceId": "logger-9", "assetId": "%s", "metric": "temperature", "value": 16.5, "unit": "CEL",
                         "time": "%s", "profile": "refrigerated"}""".formatted(
                                reefer, Instant.now()))
                .statusCode(202);
        String card = ".alert[data-asset='" + reefer + "']";
        visible(card);
        present(card + " svg polyline.readings");
        present(card + " svg rect.range");

        String shipment = reroutedShipment();
        present("#shipments li[data-shipment-id='" + shipment + "'][data-rerouted='true']");
        present("#map polyline.route-previous[data-shipment-id='" + shipment + "']");
        present("#map polyline.route[data-shipment-id='" + shipment + "']");
        present("#map .condition");
        present("#flow-legend li[data-type='io.livechain.scan.v1']");

        browser.findElement(By.cssSelector(card + " button.ack")).click();
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(card + " .acked"), "acknowledged by control-tower"));
        String alertId = browser.findElement(By.cssSelector(card)).getDomAttribute("data-alert-id");
        assertEquals(
                "control-tower",
                JsonPath.from(e2e.api().get("/api/alerts?asset=" + reefer).asString())
                        .getString("find { it.alertId == '" + alertId + "' }.ackedBy"));

        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.sameDocument === true"),
                "everything above appeared without a reload");
        screenshot("control-tower");
    }

    /**
     * A shipment from Santos to Toronto planned through a port, then rerouted around congestion there; its
     * id. It leaves tomorrow, so today's congestion can still change its plan. Far from the shipments of
     * RerouteE2eTest (Shanghai to Munich), so the two tests' conditions never meet in the shared stack.
     */
    private static String reroutedShipment() {
        String id = "e2e-tower-shp";
        Instant now = Instant.now();
        Scans.sendEvent(e2e.url(), "tower-create-1", "io.livechain.shipment.created.v1", """
                        {"shipmentId": "%s", "origin": "BRSSZ-PORT", "destination": "CATOR-DC", "cargoProfile": "refrigerated",
                         "reeferRequired": true, "modes": ["sea", "rail", "road"], "readyAt": "%s"}""".formatted(
                                id, now.plus(Duration.ofDays(1))))
                .statusCode(202);
        org.awaitility.Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> e2e.api().get("/api/shipments/" + id).statusCode() == 200);
        List<String> route =
                JsonPath.from(e2e.api().get("/api/shipments/" + id).asString()).getList("route.facilityIds");
        String port = e2e.lastPortAfterOrigin(route);
        Scans.sendEvent(e2e.url(), "tower-congestion-1", "io.livechain.condition.v1", """
                        {"conditionId": "e2e-tower-congestion", "kind": "PORT_CONGESTION", "facilityId": "%s",
                         "extraDelayMinutes": 4320, "validFrom": "%s", "validUntil": "%s", "source": "port-authority"}""".formatted(
                                port, now, now.plus(Duration.ofDays(90))))
                .statusCode(202);
        return id;
    }
}
