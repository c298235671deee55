package io.livechain.network.builder;

import java.util.List;

/** One mode's rule: which places it joins, how long the route is, whether it carries reefers. */
interface LaneRule {

    List<Link> links(List<Place> places);
}
