package dev.summitbot.question;

import java.util.Arrays;

/** A growable int array. */
final class IntList {

    private static final int[] EMPTY = {};

    private int[] values = new int[8];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return size == 0 ? EMPTY : Arrays.copyOf(values, size);
    }

    void clear() {
        size = 0;
    }

    /** Where {@code value} is in a list kept in ascending order (as {@link Arrays#binarySearch}). */
    int binarySearch(int value) {
        return Arrays.binarySearch(values, 0, size, value);
    }
}
