/**
 * JMH benchmarks of Glue Work's real code paths, in process, on real Active Objects over H2 or PostgreSQL, with
 * 100,000 or 1,000,000 contributions in the store: the {@link com.gluework.bench.IssuePanelBenchmark issue-panel
 * fragment}, {@link com.gluework.bench.RecordContributionBenchmark recording} and
 * {@link com.gluework.bench.CorroborateBenchmark corroborating} glue, and a sprint's
 * {@link com.gluework.bench.SprintReportBenchmark glue-wins report as JSON}; the {@link com.gluework.bench.BenchDataset
 * dataset} they work on and its {@link com.gluework.bench.DatasetLoader loader}, the
 * {@link com.gluework.bench.BenchStore store} per trial, the {@link com.gluework.bench.PanelStack wiring} of the issue
 * endpoints and the {@link com.gluework.bench.SprintReportStack report's}, and the {@link com.gluework.bench.SprintWorkload
 * sprint} laid over the dataset. One benchmark needs no store: the pure
 * {@link com.gluework.bench.SprintReportAssemblerBenchmark report assembler}. Run by hand from
 * {@code target/benchmarks.jar}; docs/benchmarks.md has the commands and the latest results.
 */
package com.gluework.bench;
