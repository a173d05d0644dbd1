/**
 * claimtrail on Apache Spark: the records of a {@link dev.claimtrail.ledger.Ledger} as relational
 * tables ({@link dev.claimtrail.spark.LedgerTables}, one schema per {@link
 * dev.claimtrail.spark.LedgerTable}, written as Parquet) and the conversions between a ledger and
 * those tables; extraction of article datasets partition by partition ({@link
 * dev.claimtrail.spark.DistributedExtraction}, and {@link dev.claimtrail.spark.ExtractJob} for
 * {@code spark-submit}); the import of Quotebank's files ({@link
 * dev.claimtrail.spark.DistributedQuotebank}, {@link dev.claimtrail.spark.ImportQuotebankJob});
 * clusters of the variants of one utterance across outlets ({@link
 * dev.claimtrail.spark.UtteranceClusters}, {@link dev.claimtrail.spark.DedupeJob}); queries over the tables ({@link
 * dev.claimtrail.spark.TableQueries}); and slices of them written
 * back as ledger files ({@link dev.claimtrail.spark.TableSlice}, {@link
 * dev.claimtrail.spark.SliceJob}).
 */
@NullMarked
package dev.claimtrail.spark;

import org.jspecify.annotations.NullMarked;
