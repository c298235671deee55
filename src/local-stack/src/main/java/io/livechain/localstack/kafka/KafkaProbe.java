package io.livechain.localstack.kafka;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Asks a Kafka cluster whether it has a live broker; one admin client, reused by every check. */
public final class KafkaProbe implements AutoCloseable {

    private final Admin admin;

    public KafkaProbe(String bootstrap) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                1000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                1500,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                500));
    }

    /** Whether a broker answers within 1.5 s. */
    public boolean isReady() {
        try {
            return !admin.describeCluster()
                    .nodes()
                    .get(1500, TimeUnit.MILLISECONDS)
                    .isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
