package com.atlassian.activeobjects.external;

/**
 * Stand-in for Active Objects 7 {@code ModelVersion}, a final value class. Source: upgrade tasks in
 * public plugins calling {@code ModelVersion.valueOf("2")} and {@code isOlderThan}.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
  private ModelVersion() {
    throw new UnsupportedOperationException("stand-in");
  }

  public static ModelVersion valueOf(String version) {
    throw new UnsupportedOperationException("stand-in");
  }

  public boolean isOlderThan(ModelVersion other) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public int compareTo(ModelVersion other) {
    throw new UnsupportedOperationException("stand-in");
  }
}
