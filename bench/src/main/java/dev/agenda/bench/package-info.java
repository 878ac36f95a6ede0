/**
 * Measurements behind {@code docs/PERFORMANCE.md}, built into {@code bench/target/benchmarks.jar} and never run by
 * {@code mvn verify}: the JMH benchmarks {@link RenderBenchmark} (parse and render cost per page size, on pages made
 * by {@link PageGenerator}) and {@link StatusBenchmark} (batched against one-by-one status reads), and the
 * request-count harnesses {@link RequestCounts} and {@link SyncCounts}, which print Markdown tables of HTTP requests
 * and wall time against naive baselines (one request per key; {@link NaiveSync}, one action at a time). Jira is
 * always the fake over HTTP on loopback with a set latency ({@link BenchJira}), driven by the app's real REST client.
 *
 * <p>May depend on core, the Jira client, the fake and the sync engine; no production module depends on it.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.bench;

import org.jspecify.annotations.NullMarked;
