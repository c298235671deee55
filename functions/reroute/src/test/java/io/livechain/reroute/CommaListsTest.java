package io.livechain.reroute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.livechain.model.network.Lane;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommaListsTest {

    @Test
    void modesGoInAsLabelsAndComeBackAsASet() {
        String stored = CommaLists.modes(List.of(Lane.Mode.ROAD, Lane.Mode.SEA));
        assertEquals(Lane.Mode.ROAD.label() + "," + Lane.Mode.SEA.label(), stored);
        assertEquals(EnumSet.of(Lane.Mode.ROAD, Lane.Mode.SEA), CommaLists.modes(stored));
    }

    @Test
    void noModesStoredMeansAllModes() {
        assertNull(CommaLists.modes((List<Lane.Mode>) null));
        assertEquals(EnumSet.allOf(Lane.Mode.class), CommaLists.modes((String) null));
    }

    @Test
    void anEmptyModeListIsStoredAsAllModesSoItReadsBack() {
        String stored = CommaLists.modes(List.of());
        assertEquals(EnumSet.allOf(Lane.Mode.class), CommaLists.modes(stored));
    }

    @Test
    void watchedIdsAppendInOrder() {
        String watched = CommaLists.append(CommaLists.append(null, "B-PORT"), "B-PORT>D-DC.road");
        assertEquals(List.of("B-PORT", "B-PORT>D-DC.road"), CommaLists.ids(watched));
        assertEquals(List.of(), CommaLists.ids(null));
    }
}
