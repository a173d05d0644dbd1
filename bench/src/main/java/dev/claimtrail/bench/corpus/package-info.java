/**
 * A seeded, reproducible synthetic corpus with the shape of Quotebank, for benchmarks: speakers and
 * outlets drawn with Zipf frequencies, quotes of 5–60 words reported 1–20 times with other outlets'
 * variants, via chains and claim stances, and the {@link dev.claimtrail.bench.corpus.Probes} to ask
 * of it with their known answers. {@link dev.claimtrail.bench.corpus.CorpusGenerator} is the entry
 * point.
 */
@NullMarked
package dev.claimtrail.bench.corpus;

import org.jspecify.annotations.NullMarked;
