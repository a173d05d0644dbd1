/**
 * claimtrail on Apache Spark: the records of a {@link dev.claimtrail.ledger.Ledger} as relational
 * tables (one Spark schema per record type, written as Parquet) and the conversions between a
 * ledger and those tables.
 */
@NullMarked
package dev.claimtrail.spark;

import org.jspecify.annotations.NullMarked;
