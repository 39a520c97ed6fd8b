/**
 * Load tools, not tests: {@code PanelLatencyBenchmark} fills the store with 100,000 contributions and measures the
 * panel fragment's latency over real HTTP (run it with the {@code bench} profile, see docs/benchmarks.md);
 * {@code SuggestionLatencyBenchmark} times the suggestion rules for one issue in process (run it with
 * {@code -Dtest=SuggestionLatencyBenchmark}, see docs/suggestions.md). {@code mvn verify} runs neither.
 */
package com.gluework.preview.bench;
