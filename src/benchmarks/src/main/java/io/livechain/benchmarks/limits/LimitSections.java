package io.livechain.benchmarks.limits;

import io.livechain.benchmarks.chain.BrokerBacklog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The three sections against a running stack, for a run of their own:
 * {@code LimitSections <http base url> <function port base> <postgres host:port> <out dir> [scan-ingest|inventory|coldchain ...]}.
 * Function ports follow the stack's fixed offsets (inventory base+0, scan-ingest base+3). Each section
 * first waits for the broker's backlog to drain (Kafka at {@code -Dlivechain.kafka-bootstrap}, default
 * the local stack's localhost:19092), as in the chain benchmark, at most
 * {@code -Dlivechain.backlog-wait-seconds} (120; 0 measures at once, behind whatever is queued).
 */
public final class LimitSections {

    private LimitSections() {}

    public static void main(String[] args) throws Exception {
        String http = args.length > 0 ? args[0] : "http://localhost:8080";
        int base = args.length > 1 ? Integer.parseInt(args[1]) : 18080;
        String postgres = args.length > 2 ? args[2] : "localhost:15432";
        Path out = Path.of(args.length > 3 ? args[3] : "target/bench");
        List<String> which = args.length > 4
                ? List.of(args).subList(4, args.length)
                : List.of("scan-ingest", "inventory", "coldchain");
        Map<String, Integer> ports = Map.of("inventory", base, "scan-ingest", base + 3);
        StringBuilder report = new StringBuilder();
        String kafka = System.getProperty("livechain.kafka-bootstrap", "localhost:19092");
        Duration backlogWait = Duration.ofSeconds(Long.getLong("livechain.backlog-wait-seconds", 120));
        for (String section : which) {
            long behind = BrokerBacklog.awaitDrained(kafka, backlogWait);
            if (behind > 0) {
                System.out.printf(
                        "[limits] %s: %,d events still queued in the broker; measuring anyway%n", section, behind);
            }
            report.append(
                            switch (section) {
                                case "scan-ingest" -> ScanIngestVsEcho.run(http, ports, postgres, out);
                                case "inventory" -> InventoryVsPlainSql.run(http, ports, postgres, out);
                                case "coldchain" -> ColdChainLatency.run(http, ports, postgres, out);
                                default ->
                                    throw new IllegalArgumentException(
                                            "unknown section " + section + " (scan-ingest | inventory | coldchain)");
                            })
                    .append('\n');
        }
        System.out.println(report);
    }
}
