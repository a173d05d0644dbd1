/**
 * The benchmark runner: {@link dev.claimtrail.bench.BenchMain} runs the JMH benchmarks at one corpus
 * size, measures variant recall and retained heap, and writes the results with the table of ratios
 * against each peer.
 */
@NullMarked
package dev.claimtrail.bench;

import org.jspecify.annotations.NullMarked;
