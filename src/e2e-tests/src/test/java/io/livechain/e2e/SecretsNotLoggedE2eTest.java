package io.livechain.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * After notify delivered an alert to its Slack and PagerDuty channels, no process log holds their
 * secrets (the Slack URL's token, the routing key) nor the read API's token or signing key.
 */
class SecretsNotLoggedE2eTest {

    private static final E2eStack e2e = E2eStack.get();

    @Test
    void noLogHoldsASecret() throws IOException {
        String asset = "e2e-secret-reefer";
        Scans.sendEvent(e2e.url(), "secret-reading-1", "io.livechain.sensor.reading.v1", """
                        {"deviceId": "logger-9", "assetId": "%s", "metric": "temperature", "value": 16, "unit": "CEL",
                         "time": "2026-11-27T06:00:00Z", "profile": "refrigerated"}""".formatted(asset))
                .statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> e2e.secretChannels.received().stream()
                                .filter(r -> r.data().contains(asset))
                                .count()
                        >= 2);
        assertTrue(
                e2e.secretChannels.received().stream().anyMatch(r -> r.data().contains(E2eStack.PAGERDUTY_ROUTING_KEY)),
                "PagerDuty got its routing key, so the secret was in play");

        String privateKey = Files.readString(e2e.data.resolve("jwt/privateKey.pem"));
        String keyLine = privateKey.lines().skip(5).findFirst().orElseThrow();
        List<String> secrets =
                List.of(E2eStack.SLACK_SECRET, E2eStack.PAGERDUTY_ROUTING_KEY, e2e.stack.token(), keyLine);

        List<String> leaks = new ArrayList<>();
        try (Stream<Path> logs = Files.list(e2e.data.resolve("logs"))) {
            for (Path log : logs.toList()) {
                String text = read(log);
                secrets.stream()
                        .filter(text::contains)
                        .forEach(secret -> leaks.add(log.getFileName() + " holds "
                                + secret.substring(0, Math.min(12, secret.length())) + "..."));
            }
        }
        assertTrue(
                read(e2e.data.resolve("logs/notify.log")).contains("channel=team-slack"),
                "notify logged its deliveries, so the logs were read where secrets could have leaked");
        assertEquals(List.of(), leaks);
    }

    private static String read(Path log) {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
