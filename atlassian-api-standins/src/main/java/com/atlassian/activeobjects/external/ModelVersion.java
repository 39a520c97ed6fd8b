package com.atlassian.activeobjects.external;

/**
 * Compile-only stand-in: the version of a plugin's AO data model, a whole number (0 when none is stored yet).
 * No public constructor; {@link #valueOf(String)} with {@code null} is version 0. Value behaviour as in the real
 * class, because upgrade tasks and the hosts that run them outside a product (the preview, tests) compare versions.
 * <p>
 * Mirrors: AO 2.0.1 xref
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
 * (docs/atlassian-signatures.md §1.3, status C). That version overrides neither {@code equals} nor {@code hashCode},
 * so neither is declared here; compare with {@link #isSame}.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return Integer.compare(version, mv.version);
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
