/**
 * The systems measured: claimtrail through its public API, and the peers a researcher would use
 * instead (DuckDB over JDBC, Apache Jena with SPARQL, Apache Lucene), each loaded with the same
 * generated corpus and answering the same questions in plain values, so answers can be checked
 * against each other and against the corpus's known answers.
 */
@NullMarked
package dev.claimtrail.bench.peer;

import org.jspecify.annotations.NullMarked;
