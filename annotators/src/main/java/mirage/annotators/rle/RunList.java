package mirage.annotators.rle;

import java.util.Arrays;

/** A growable list of run lengths. */
final class RunList {
    private long[] runs = new long[8];
    private int size;

    void add(long run) {
        if (size == runs.length) runs = Arrays.copyOf(runs, size * 2);
        runs[size++] = run;
    }

    long[] toArray() {
        return Arrays.copyOf(runs, size);
    }
}
