/**
 * Scoring of extracted ledgers against gold ones: {@link dev.claimtrail.eval.Evaluation} matches
 * the attributions of a predicted {@link dev.claimtrail.ledger.Ledger} to those of a gold one by
 * their evidence spans and reports span precision, recall and F1, speaker, date, chain, cue and
 * stance accuracy, and a per-statement diff in an {@link dev.claimtrail.eval.EvaluationReport}.
 *
 * <p>Depends only on the model, the ledger and the text packages.
 */
@ValueStyle
@NullMarked
package dev.claimtrail.eval;

import dev.claimtrail.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
