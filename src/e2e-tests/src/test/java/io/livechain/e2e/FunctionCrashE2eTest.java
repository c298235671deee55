package io.livechain.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A function's process killed mid-stream (SIGKILL, as a node failure would) is restarted by the local
 * stack as Kubernetes restarts a pod, and the broker's retries carry the events over the gap: the
 * total is exact, nothing lost and nothing counted twice.
 */
class FunctionCrashE2eTest {

    private static final String SKU = "E2E-CRASH";
    private static final int SCANS = 150;
    private static final int KILL_AFTER = 50;
    private static E2eStack e2e;

    @BeforeAll
    static void startStack() {
        e2e = E2eStack.get();
    }

    @Test
    void inventoryKilledMidStreamIsRestartedAndEveryScanIsCountedOnce() {
        int restartsBefore = e2e.stack.functionRestarts().get("inventory");
        for (int i = 1; i <= SCANS; i++) {
            if (i == KILL_AFTER + 1) {
                ProcessHandle inventory = e2e.stack.functionProcess("inventory").orElseThrow();
                assertTrue(inventory.destroyForcibly(), "SIGKILL refused");
                await().atMost(Duration.ofSeconds(10)).until(() -> !inventory.isAlive());
            }
            Scans.send(
                            e2e.url(),
                            "crash-" + i,
                            Scans.scan(SKU, "DC-" + (i % 3), "1", "receiving", "2026-11-20T06:00:00Z"))
                    .statusCode(202);
        }

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> e2e.api()
                        .get("/api/inventory/" + SKU)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(SCANS)));
        assertTrue(e2e.stack.functionRestarts().get("inventory") > restartsBefore, "inventory was not restarted");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(e2e.url())
                        .get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("UP")));
        // Stays exact: no late redelivery counts a scan twice.
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> e2e.api().get("/api/inventory/" + SKU).then().body("total", equalTo(SCANS)));
    }
}
