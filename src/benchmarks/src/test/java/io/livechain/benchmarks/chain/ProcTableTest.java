package io.livechain.benchmarks.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProcTableTest {

    @Test
    void compilerTicksAreThePartOfAJvmsCpuItsJitThreadsUsed() {
        long self = ProcessHandle.current().pid();
        // Work enough to be compiled: the test JVM's C1 and C2 threads have run by then.
        long deadline = System.nanoTime() + 20_000_000_000L;
        long compiler = 0;
        while (compiler == 0 && System.nanoTime() < deadline) {
            IntStream.range(0, 200_000)
                    .mapToObj(Integer::toString)
                    .map(String::hashCode)
                    .reduce(0, Integer::sum);
            compiler = ProcTable.compilerTicks(self);
        }
        assertTrue(compiler > 0, "no JIT compiler thread CPU found in /proc for this JVM");
        assertTrue(compiler <= ProcTable.read().get(self).ticks(), "a part cannot exceed the whole");
    }

    @Test
    void aProcessWithoutCompilerThreadsOrNoneAtAllHasNone() throws Exception {
        assertEquals(0, ProcTable.compilerTicks(Long.MAX_VALUE));
        Process sleep = new ProcessBuilder("sleep", "5").start();
        try {
            assertEquals(0, ProcTable.compilerTicks(sleep.pid()));
        } finally {
            sleep.destroy();
        }
    }
}
