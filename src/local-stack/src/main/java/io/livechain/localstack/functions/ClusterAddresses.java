package io.livechain.localstack.functions;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a cluster one Knative Service calls another at its cluster address,
 * {@code http://<service>.<namespace>.svc.cluster.local}; locally each service is a process on its own
 * port. Rewrites a manifest's env value naming such an address to that process, so the same manifest
 * wires both (e.g. read-api's {@code LIVECHAIN_READ_API_THRESHOLD_URL}).
 */
final class ClusterAddresses {

    private static final Pattern SERVICE_ADDRESS =
            Pattern.compile("^http://([a-z0-9-]+)\\.[a-z0-9-]+\\.svc(?:\\.cluster\\.local)?(?=[/?#]|$)");

    private ClusterAddresses() {}

    /** {@code value} with a known service's cluster address replaced by its local one; else as is. */
    static String local(String value, Map<String, Integer> ports) {
        Matcher address = SERVICE_ADDRESS.matcher(value);
        if (!address.find() || !ports.containsKey(address.group(1))) {
            return value;
        }
        return "http://localhost:" + ports.get(address.group(1)) + value.substring(address.end());
    }
}
