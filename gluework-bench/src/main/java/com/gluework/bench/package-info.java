/**
 * JMH benchmarks of Glue Work's real code paths, in process, on real Active Objects over H2 or PostgreSQL, with
 * 100,000 or 1,000,000 contributions in the store: the {@link com.gluework.bench.IssuePanelBenchmark issue-panel
 * fragment}, {@link com.gluework.bench.RecordContributionBenchmark recording} and
 * {@link com.gluework.bench.CorroborateBenchmark corroborating} glue; the {@link com.gluework.bench.BenchDataset dataset}
 * they work on and its {@link com.gluework.bench.DatasetLoader loader}, the {@link com.gluework.bench.BenchStore store}
 * per trial and the {@link com.gluework.bench.PanelStack wiring}. Run by hand from {@code target/benchmarks.jar};
 * docs/benchmarks.md has the commands and the latest results.
 */
package com.gluework.bench;
