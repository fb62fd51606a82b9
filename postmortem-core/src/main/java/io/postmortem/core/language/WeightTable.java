package io.postmortem.core.language;

import java.util.Map;

/**
 * Model weights by 64-bit feature key, in one open-addressed array: the scan looks up two keys per
 * word, and a boxed map would cost an object and a pointer chase for each.
 */
final class WeightTable {
  private final long[] keys;
  private final float[] values;
  private final int mask;

  /** Keys must not be 0 (the empty slot); {@link #unigram} and {@link #bigram} never are. */
  WeightTable(Map<Long, Float> weights) {
    int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 3)) << 1;
    keys = new long[capacity];
    values = new float[capacity];
    mask = capacity - 1;
    weights.forEach(this::put);
  }

  private void put(long key, float value) {
    int slot = slot(key);
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** The weight of key, 0 when absent. */
  float get(long key) {
    int slot = slot(key);
    while (true) {
      long stored = keys[slot];
      if (stored == key) {
        return values[slot];
      }
      if (stored == 0) {
        return 0f;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  /** The key of one word, from its normal form's {@link String#hashCode} (cached by String). */
  static long unigram(int hash) {
    return mix((hash & 0xFFFF_FFFFL) + (1L << 40));
  }

  /** The key of two adjacent words. */
  static long bigram(int first, int second) {
    return mix(((long) first << 32) ^ (second & 0xFFFF_FFFFL) ^ 0x2545_F491_4F6C_DD1DL);
  }

  /** SplitMix64's finalizer, a bijection; the low bit is forced so no key is 0. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return (z ^ (z >>> 31)) | 1L;
  }
}
