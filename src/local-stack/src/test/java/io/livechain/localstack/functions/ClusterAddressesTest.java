package io.livechain.localstack.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterAddressesTest {

    private static final Map<String, Integer> PORTS = Map.of("threshold", 18084, "read-api", 18082);

    @Test
    void serviceClusterAddressBecomesItsLocalPort() {
        assertEquals(
                "http://localhost:18084",
                ClusterAddresses.local("http://threshold.livechain.svc.cluster.local", PORTS));
    }

    @Test
    void shortAddressAndPathAreKept() {
        assertEquals(
                "http://localhost:18084/alerts",
                ClusterAddresses.local("http://threshold.livechain.svc/alerts", PORTS));
    }

    @Test
    void unknownServicesAndOtherValuesStayAsTheyAre() {
        assertEquals(
                "http://billing.livechain.svc.cluster.local",
                ClusterAddresses.local("http://billing.livechain.svc.cluster.local", PORTS));
        assertEquals(
                "livechain-kafka-bootstrap.kafka:9092",
                ClusterAddresses.local("livechain-kafka-bootstrap.kafka:9092", PORTS));
        assertEquals(
                "http://threshold.livechain.svc.cluster.localhost",
                ClusterAddresses.local("http://threshold.livechain.svc.cluster.localhost", PORTS));
    }
}
