package dev.claimtrail.query;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Source;
import dev.claimtrail.model.SourceId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What queries read: the records of one immutable snapshot and its indexes. The ledger implements
 * it; queries depend only on this view, which keeps the arrows between the packages one way.
 *
 * <p>Every list is immutable and in ledger order (the order records were added in), so an indexed
 * lookup returns exactly what filtering {@link #attributions()} in order would. Implementations
 * must be safe to read from many threads at once.
 */
public interface LedgerView {
  /** All speakers, in ledger order. */
  List<Speaker> speakers();

  /** All outlets, in ledger order. */
  List<Source> sources();

  /** All documents, in ledger order. */
  List<Document> documents();

  /** All statements, in ledger order. */
  List<Statement> statements();

  /** All attributions, in ledger order. */
  List<Attribution> attributions();

  /** All claims, in ledger order. */
  List<Claim> claims();

  /** The speaker with the given id. */
  Optional<Speaker> speaker(SpeakerId id);

  /** The outlet with the given id. */
  Optional<Source> source(SourceId id);

  /** The document with the given id. */
  Optional<Document> document(DocumentId id);

  /** The statement with the given id. */
  Optional<Statement> statement(StatementId id);

  /** The attribution with the given id. */
  Optional<Attribution> attribution(AttributionId id);

  /** The claim with the given id. */
  Optional<Claim> claim(ClaimId id);

  /** The attributions to {@code speaker}. */
  List<Attribution> attributionsBy(SpeakerId speaker);

  /** The attributions of {@code statement}. */
  List<Attribution> attributionsOf(StatementId statement);

  /** The attributions reported in {@code document}. */
  List<Attribution> attributionsIn(DocumentId document);

  /** The attributions reported in documents that {@code outlet} published. */
  List<Attribution> attributionsPublishedBy(SourceId outlet);

  /** The attributions that take a position toward {@code claim}. */
  List<Attribution> attributionsOn(ClaimId claim);

  /**
   * The attribution with the id {@code id}, then the attribution it is heard through (its via),
   * then the one that one is heard through, and so on while this view holds them; empty when no
   * attribution has the id. Vias never loop in a valid ledger.
   */
  List<Attribution> viaChain(AttributionId id);

  /** The attributions known through {@code intermediary}: those whose via is it. */
  List<Attribution> attributionsVia(AttributionId intermediary);

  /**
   * The attributions whose time said may fall within {@code [from, to]} (both inclusive), honouring
   * its precision: said "July 2024" overlaps July 15. Attributions that do not tell when are left
   * out.
   */
  List<Attribution> attributionsSaidBetween(LocalDate from, LocalDate to);

  /**
   * The attributions to {@code speaker} whose time said may fall within {@code [from, to]}, as
   * {@link #attributionsSaidBetween} would keep them; found by a binary search in the speaker's
   * attributions sorted by when they were said.
   */
  List<Attribution> attributionsBySaidBetween(SpeakerId speaker, LocalDate from, LocalDate to);

  /** The documents that {@code outlet} published. */
  List<Document> documentsOf(SourceId outlet);

  /** The given attributions without repeats, in ledger order; ones not in the ledger are left out. */
  List<Attribution> inLedgerOrder(Collection<Attribution> attributions);

  /**
   * The speakers so named: those one of whose {@linkplain Speaker#properNames() proper names}
   * contains every word of {@code words}, compared after normalization (case, punctuation and
   * diacritic forms folded). Descriptions do not count: "Quist" names Mara Quist, not "staff close
   * to Quist".
   */
  List<Speaker> speakersNamed(String words);

  /**
   * The speakers one of whose names, aliases or descriptions contains every word of {@code
   * words}, compared as {@link #speakersNamed(String)} compares: those so named, and those
   * described in those words ("staff close to Quist" for "Quist").
   */
  List<Speaker> speakersDescribedAs(String words);

  /**
   * Statements that may be variants of {@code quote} or contain part of it: those sharing its
   * normalized form, or enough pairs of adjacent words to be any variant {@link
   * dev.claimtrail.text.QuoteMatcher} accepts, the most overlapping first, at most {@code limit}.
   * A candidate list for the matcher to check: every statement it would accept is on it, within
   * the limit.
   */
  List<Statement> statementsResembling(String quote, int limit);

  /**
   * The attributions of the statements whose text is {@code text} as printed (leading and trailing
   * white space aside), in ledger order.
   */
  List<Attribution> attributionsPrinted(String text);
}
