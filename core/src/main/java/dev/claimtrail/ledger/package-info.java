/**
 * The {@link dev.claimtrail.ledger.Ledger}: an immutable, indexed snapshot of speakers, outlets,
 * documents, statements, attributions and claims whose references all resolve.
 */
package dev.claimtrail.ledger;
