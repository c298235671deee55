package io.livechain.cdc;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Keeps what it is sent; refuses a whole batch when one record matches {@code failOn}. */
final class FakeSink implements RecordSink {

    final List<ChangeRecord> received = new CopyOnWriteArrayList<>();
    private final Predicate<ChangeRecord> failOn;

    FakeSink() {
        this(record -> false);
    }

    FakeSink(Predicate<ChangeRecord> failOn) {
        this.failOn = failOn;
    }

    @Override
    public void send(List<ChangeRecord> records) throws IOException {
        if (records.stream().anyMatch(failOn)) {
            throw new IOException("fake sink down");
        }
        received.addAll(records);
    }

    @Override
    public void close() {}
}
