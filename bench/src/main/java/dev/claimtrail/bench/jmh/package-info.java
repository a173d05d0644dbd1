/**
 * The JMH benchmarks: lookups asked of claimtrail and its peers on one generated corpus, building
 * each system's form of it, loading JSON Lines, and extraction throughput. States build only what
 * a benchmark uses, once per fork.
 */
@NullMarked
package dev.claimtrail.bench.jmh;

import org.jspecify.annotations.NullMarked;
