package io.livechain.threshold.replenishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.network.Network;
import io.livechain.model.network.NetworkFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lead times from configuration and from the network's lanes (src/test/resources/network/test-network.json):
 * NET-WH is reached by lanes of 5,760 and 2,880 minutes (4 and 2 days): LT = 3 days, σLT = √((1² + 1²) / 2)
 * = 1 day (the population of its lanes); NET-HUB by one lane of 300 minutes: LT = 300 / 1440 = 0.2083 days,
 * σLT = 0; NET-PORT by one of 720 minutes: 0.5 days.
 */
class LeadTimesTest {

    private static final Network NETWORK = NetworkFile.read(Path.of("src/test/resources/network/test-network.json"));

    private static LeadTimes leadTimes(Map<String, Duration> leadTime, Map<String, Duration> leadTimeSd) {
        return new LeadTimes(
                ReplenishmentPolicyTest.config(Duration.ofDays(28), Duration.ofDays(7), "0.95", leadTime, leadTimeSd),
                Optional.of(NETWORK));
    }

    @Test
    void derivedFromTheLanesIntoAFacility() {
        LeadTimes leadTimes = leadTimes(Map.of(), Map.of());
        assertEquals(
                new LeadTime(new BigDecimal("3.0000"), new BigDecimal("1.0000")),
                leadTimes.at("NET-WH").orElseThrow());
        assertEquals(
                new LeadTime(new BigDecimal("0.2083"), new BigDecimal("0.0000")),
                leadTimes.at("NET-HUB").orElseThrow());
        assertEquals(
                new LeadTime(new BigDecimal("0.5000"), new BigDecimal("0.0000")),
                leadTimes.at("NET-PORT").orElseThrow());
    }

    @Test
    void configuredWinsOverTheNetworkAndItsDeviationDefaultsToZero() {
        LeadTimes leadTimes = leadTimes(
                Map.of("NET-WH", Duration.ofDays(5), "DC-9", Duration.ofHours(36)),
                Map.of("DC-9", Duration.ofHours(6)));
        assertEquals(
                new LeadTime(new BigDecimal("5.0000"), new BigDecimal("0.0000")),
                leadTimes.at("NET-WH").orElseThrow());
        assertEquals(
                new LeadTime(new BigDecimal("1.5000"), new BigDecimal("0.2500")),
                leadTimes.at("DC-9").orElseThrow());
    }

    @Test
    void neitherMeansNoLeadTime() {
        assertTrue(leadTimes(Map.of(), Map.of()).at("DC-ELSEWHERE").isEmpty());
        LeadTimes withoutNetwork = new LeadTimes(
                ReplenishmentPolicyTest.config(Duration.ofDays(28), Duration.ofDays(7), "0.95"), Optional.empty());
        assertTrue(withoutNetwork.at("NET-WH").isEmpty());
    }

    @Test
    void aDeviationWithoutALeadTimeFailsTheStart() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class, () -> leadTimes(Map.of(), Map.of("DC-9", Duration.ofHours(6))));
        assertTrue(failure.getMessage().contains("lead-time-sd.\"DC-9\""), failure.getMessage());
    }
}
