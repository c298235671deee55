package io.livechain.cdc;

import java.util.List;

/** Where the capture delivers change events; Kafka in production, a fake in tests. */
public interface RecordSink extends AutoCloseable {

    /**
     * Delivers the records in order and returns only once every one of them is acknowledged.
     * Throws if any was not: the caller then commits none of them.
     */
    void send(List<ChangeRecord> records) throws Exception;

    @Override
    void close();
}
