package io.livechain.localstack;

import java.util.function.Supplier;

/**
 * A part of the stack (PostgreSQL, Kafka) that a fault test stops and starts again in place: same
 * port, same data, as an outage and its recovery would.
 */
final class Restartable implements AutoCloseable {

    private final String name;
    private final Supplier<AutoCloseable> starter;
    private AutoCloseable running;

    Restartable(String name, Supplier<AutoCloseable> starter) {
        this.name = name;
        this.starter = starter;
        this.running = starter.get();
    }

    synchronized void stop() {
        if (running != null) {
            Progress.step("fault: stopping " + name);
            closeQuietly(running);
            running = null;
        }
    }

    synchronized void start() {
        if (running == null) {
            Progress.step("fault over: starting " + name + " again");
            running = starter.get();
        }
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            closeQuietly(running);
            running = null;
        }
    }

    private void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("while stopping " + name + ": " + e);
        }
    }
}
