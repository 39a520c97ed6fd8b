/**
 * A load tool, not a test: fills the store with 100,000 contributions and measures the panel fragment's latency over
 * real HTTP. Run it with the {@code bench} profile (see docs/benchmarks.md); {@code mvn verify} never runs it.
 */
package com.gluework.preview.bench;
