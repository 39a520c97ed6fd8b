package com.gluework.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * Wall-clock time of each start-up phase, logged once the preview answers, so that a slow start says where it went
 * (issue 13: cold start ≤ 3 s; docs/benchmarks.md, "Preview cold start"). Not thread-safe: the start-up is one thread.
 */
final class StartupPhases {
    private final List<String> phases = new ArrayList<>();
    private long phaseStarted = System.nanoTime();

    /** Ends the phase running since the last call (or since this object was made) under {@code name}. */
    void done(String name) {
        long now = System.nanoTime();
        phases.add(name + " " + (now - phaseStarted) / 1_000_000 + " ms");
        phaseStarted = now;
    }

    @Override
    public String toString() {
        return String.join(", ", phases);
    }
}
