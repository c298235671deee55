package io.livechain.localstack.broker;

import java.util.BitSet;

/**
 * The offsets of one partition that were read but not yet delivered or dead-lettered. The offset
 * that may be committed is the lowest one still open, so a commit never passes an event that is
 * still on its way: at-least-once, however the deliveries complete. Thread-safe: records are read
 * on the consumer's thread and complete on the HTTP client's.
 */
final class PartitionOffsets {

    /** Lowest offset that may still be open; bit {@code i} of {@link #open} is offset {@code base + i}. */
    private long base;

    private long lastRead = -1;
    private BitSet open = new BitSet();

    PartitionOffsets(long position) {
        this.base = position;
    }

    /** A record read at {@code offset} that is still to be delivered. */
    synchronized void opened(long offset) {
        open.set(Math.toIntExact(offset - base));
        lastRead = Math.max(lastRead, offset);
    }

    /** A record that needs no delivery (filtered out or unreadable). */
    synchronized void passed(long offset) {
        lastRead = Math.max(lastRead, offset);
    }

    /** Marks {@code offset} delivered or dead-lettered. */
    synchronized void completed(long offset) {
        if (offset >= base) {
            open.clear(Math.toIntExact(offset - base));
        }
    }

    /** The offset to commit: every record below it was delivered, dead-lettered or passed over. */
    synchronized long committable() {
        int firstOpen = open.nextSetBit(0);
        long position = firstOpen < 0 ? Math.max(base, lastRead + 1) : base + firstOpen;
        if (position > base) {
            open = firstOpen < 0 ? new BitSet() : open.get(firstOpen, open.length());
            base = position;
        }
        return position;
    }

    /** The next offset this Trigger has not seen: records below it were read (or precede its start). */
    synchronized long nextToRead() {
        return Math.max(base, lastRead + 1);
    }

    /** Records read and not yet delivered or dead-lettered. */
    synchronized int openCount() {
        return open.cardinality();
    }
}
