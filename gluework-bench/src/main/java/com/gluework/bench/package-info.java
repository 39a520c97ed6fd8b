/**
 * JMH benchmarks of Glue Work's real code paths, in process, on real Active Objects over H2 or PostgreSQL: the
 * {@link com.gluework.bench.IssuePanelBenchmark issue-panel fragment} with 100,000 contributions in the store, the
 * {@link com.gluework.bench.BenchDataset dataset} it reads, and the {@link com.gluework.bench.PanelStack wiring}.
 * Run by hand from {@code target/benchmarks.jar}; docs/benchmarks.md has the command and the latest results.
 */
package com.gluework.bench;
