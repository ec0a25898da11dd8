package org.vigil.alerts.state;

import java.util.Arrays;

/** A growable list of longs, without boxing. */
public final class LongList {
  private long[] values = new long[4];
  private int size;

  public void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  public void addAll(LongList other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  public long get(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i + " >= " + size);
    }
    return values[i];
  }

  public int size() {
    return size;
  }
}
