package com.atlassian.activeobjects.external;

/**
 * Stand-in for Active Objects 7 {@code ModelVersion}, a final value class. Source: upgrade tasks in
 * public plugins calling {@code ModelVersion.valueOf("2")} and {@code isOlderThan}. A value class,
 * so it keeps its value: the store tests run the upgrade tasks on real databases, version by
 * version, as the AO plugin does (see atlassian-stand-ins/SOURCES.md).
 */
public final class ModelVersion implements Comparable<ModelVersion> {
  private final int version;

  private ModelVersion(int version) {
    this.version = version;
  }

  public static ModelVersion valueOf(String version) {
    return new ModelVersion(version == null ? 0 : Integer.parseInt(version));
  }

  public boolean isOlderThan(ModelVersion other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(ModelVersion other) {
    return Integer.compare(version, other.version);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelVersion that && that.version == version;
  }

  @Override
  public int hashCode() {
    return version;
  }

  @Override
  public String toString() {
    return String.valueOf(version);
  }
}
