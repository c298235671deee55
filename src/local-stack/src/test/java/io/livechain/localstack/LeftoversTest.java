package io.livechain.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stand-in killed with SIGKILL left running is stopped by the next start, and only then. */
class LeftoversTest {

    @TempDir
    Path data;

    private Process orphan;

    @AfterEach
    void cleanUp() {
        if (orphan != null) {
            orphan.destroyForcibly();
        }
    }

    private Process sleeper() throws Exception {
        orphan = new ProcessBuilder("sleep", "120").start();
        return orphan;
    }

    @Test
    void childOfADeadStandInIsStopped() throws Exception {
        Path log = Files.createDirectories(data.resolve("logs")).resolve("inventory.log");
        Process child = sleeper();
        Leftovers.record(log, child.toHandle());

        List<String> stopped = Leftovers.claim(data, data.resolve("postgres/data"));

        assertEquals(List.of("inventory"), stopped);
        assertTrue(child.waitFor(5, TimeUnit.SECONDS), "still running");
        assertFalse(Files.exists(Leftovers.pidFile(log)));
    }

    @Test
    void aPidFileOfAnExitedProcessIsDroppedWithoutStoppingAnything() throws Exception {
        Path log = data.resolve("kafka.log");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Leftovers.record(log, gone.toHandle());

        assertEquals(List.of(), Leftovers.claim(data, data.resolve("postgres/data")));
        assertFalse(Files.exists(Leftovers.pidFile(log)));
    }

    @Test
    void aLiveStandInKeepsItsDataDirAndItsChildren() throws Exception {
        Process otherStandIn = sleeper();
        Leftovers.record(data.resolve("stand-in.log"), otherStandIn.toHandle());
        Path log = Files.createDirectories(data.resolve("logs")).resolve("notify.log");
        Process child = new ProcessBuilder("sleep", "120").start();
        try {
            Leftovers.record(log, child.toHandle());

            IllegalStateException refused = assertThrows(
                    IllegalStateException.class, () -> Leftovers.claim(data, data.resolve("postgres/data")));

            assertTrue(refused.getMessage().contains("pid " + otherStandIn.pid()), refused.getMessage());
            assertFalse(child.waitFor(Duration.ofMillis(300).toMillis(), TimeUnit.MILLISECONDS));
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aCleanStopReleasesTheDataDir() {
        Leftovers.claim(data, data.resolve("postgres/data"));
        assertTrue(Files.exists(data.resolve("stand-in.log.pid")));

        Leftovers.release(data);

        assertFalse(Files.exists(data.resolve("stand-in.log.pid")));
    }
}
