package io.livechain.localstack.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Published function ports: a new service must not move the ports of the existing ones. */
class FunctionPortsTest {

    @Test
    void existingServicesKeepTheirPortsAndRerouteComesNext() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("inventory", 18080);
        expected.put("notify", 18081);
        expected.put("read-api", 18082);
        expected.put("scan-ingest", 18083);
        expected.put("threshold", 18084);
        expected.put("reroute", 18085);
        expected.put("cdc-adapter", 18086);
        expected.put("mcp", 18087);
        assertEquals(
                expected,
                FunctionProcesses.ports(
                        18080,
                        List.of(
                                "scan-ingest",
                                "mcp",
                                "cdc-adapter",
                                "inventory",
                                "read-api",
                                "threshold",
                                "notify",
                                "reroute")));
    }

    @Test
    void aMissingServiceLeavesItsPortFree() {
        assertEquals(
                Map.of("inventory", 28080, "threshold", 28084),
                FunctionProcesses.ports(28080, List.of("threshold", "inventory")));
    }

    @Test
    void unlistedServicesFollowTheListInNameOrder() {
        Map<String, Integer> ports = FunctionProcesses.ports(18080, List.of("zeta", "inventory", "alpha"));
        assertEquals(List.of("inventory", "alpha", "zeta"), List.copyOf(ports.keySet()));
        assertEquals(Map.of("inventory", 18080, "alpha", 18088, "zeta", 18089), ports);
    }
}
