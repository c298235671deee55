package io.livechain.reroute.routing;

import java.util.Arrays;

/** A route as indexes: facilities[0] → lanes[0] → facilities[1] → ...; eta in epoch seconds. */
public record Path(int[] facilities, int[] lanes, long eta) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Path p
                && p.eta == eta
                && Arrays.equals(p.facilities, facilities)
                && Arrays.equals(p.lanes, lanes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lanes) + Long.hashCode(eta);
    }

    @Override
    public String toString() {
        return "Path" + Arrays.toString(facilities) + " eta=" + eta;
    }
}
