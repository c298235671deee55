package io.livechain.reroute.routing;

import java.util.Arrays;

/**
 * A binary min-heap of (long key, int facility) pairs in two primitive arrays, with lazy
 * deletion (a facility may sit in it more than once; the search skips stale entries). No boxing,
 * no node objects: on large networks this is most of the search's speed.
 */
final class MinHeap {

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    long minKey() {
        return keys[0];
    }

    void push(long key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            values[i] = values[parent];
            i = parent;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Removes the entry with the smallest key and returns its value. */
    int pop() {
        int top = values[0];
        long key = keys[--size];
        int value = values[size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (key <= keys[child]) {
                break;
            }
            keys[i] = keys[child];
            values[i] = values[child];
            i = child;
        }
        keys[i] = key;
        values[i] = value;
        return top;
    }
}
