package io.livechain.simulator;

import io.livechain.model.EventType;
import io.livechain.model.Scan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Dock scanners and RFID portals in several warehouses. Sku popularity is skewed (Zipf, exponent 1.1:
 * a few skus move most of the stock). A shipment never takes more than the simulated stock holds (it
 * is a receipt then), so on-hand stays at or above zero, as in a warehouse that counts right.
 */
final class Warehouses implements EventFeed {

    static final List<String> SITES = List.of("DEBER-DC", "NLVEN-DC", "PLWAW-DC", "DEMUC-DC");
    static final int SKUS = 500;
    private static final double ZIPF_EXPONENT = 1.1;

    private final int rate;
    private final SplittableRandom random;
    private final Ids ids;
    private final double[] cumulative = new double[SKUS];
    private final java.util.Map<String, Integer> stock = new java.util.HashMap<>();

    Warehouses(int rate, long seed, String run) {
        this.rate = rate;
        this.random = new SplittableRandom(seed ^ 0x5CA115L);
        this.ids = new Ids(run, "scan");
        double sum = 0;
        for (int rank = 1; rank <= SKUS; rank++) {
            sum += 1 / Math.pow(rank, ZIPF_EXPONENT);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < SKUS; i++) {
            cumulative[i] /= sum;
        }
    }

    @Override
    public void second(long n, Instant now, List<SimulatedEvent> out) {
        for (int i = 0; i < rate; i++) {
            Instant at = now.plusMillis(i * 1000L / Math.max(rate, 1));
            String site = SITES.get(random.nextInt(SITES.size()));
            String sku = sku(random.nextDouble());
            boolean portal = random.nextInt(5) == 0;
            int quantity = portal ? 1 : 1 + random.nextInt(24);
            int held = stock.getOrDefault(site + "|" + sku, 0);
            boolean receiving = random.nextInt(100) < 50 || held < quantity;
            stock.put(site + "|" + sku, held + (receiving ? quantity : -quantity));
            String device = (portal ? "portal-" : "dock-") + site + "-" + (1 + random.nextInt(portal ? 2 : 6));
            Scan scan = new Scan(
                    sku,
                    site,
                    BigDecimal.valueOf(quantity),
                    receiving ? "receiving" : "shipping",
                    at,
                    portal ? "urn:epc:id:sgtin:4012345." + sku.substring(4) + "." + random.nextInt(1_000_000) : null,
                    null,
                    null,
                    device);
            out.add(new SimulatedEvent(EventType.SCAN, "/simulator/" + site + "/" + device, ids.next(), scan));
        }
    }

    /** The sku at a uniform draw: SKU-0001 is the most popular. */
    String sku(double draw) {
        int low = 0;
        int high = SKUS - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < draw) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return "SKU-" + String.format("%04d", low + 1);
    }
}
