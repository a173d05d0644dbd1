package dev.claimtrail.query;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
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
 * <p>Every list is immutable and in ledger order (the order records were added in) unless its method
 * says otherwise, so an indexed lookup returns exactly what filtering {@link #attributions()} in
 * order would. Implementations must be safe to read from many threads at once.
 */
public interface LedgerView {
  /** {@return all speakers, in ledger order} */
  List<Speaker> speakers();

  /** {@return all outlets, in ledger order} */
  List<Outlet> outlets();

  /** {@return all documents, in ledger order} */
  List<Document> documents();

  /** {@return all statements, in ledger order} */
  List<Statement> statements();

  /** {@return all attributions, in ledger order} */
  List<Attribution> attributions();

  /** {@return all claims, in ledger order} */
  List<Claim> claims();

  /**
   * {@return the speaker with the given id}
   *
   * @param id the speaker's id
   */
  Optional<Speaker> speaker(SpeakerId id);

  /**
   * {@return the outlet with the given id}
   *
   * @param id the outlet's id
   */
  Optional<Outlet> outlet(OutletId id);

  /**
   * {@return the document with the given id}
   *
   * @param id the document's id
   */
  Optional<Document> document(DocumentId id);

  /**
   * {@return the statement with the given id}
   *
   * @param id the statement's id
   */
  Optional<Statement> statement(StatementId id);

  /**
   * {@return the attribution with the given id}
   *
   * @param id the attribution's id
   */
  Optional<Attribution> attribution(AttributionId id);

  /**
   * {@return the claim with the given id}
   *
   * @param id the claim's id
   */
  Optional<Claim> claim(ClaimId id);

  /**
   * {@return the attributions to {@code speaker}}
   *
   * @param speaker the speaker's id
   */
  List<Attribution> attributionsBy(SpeakerId speaker);

  /**
   * {@return the attributions of {@code statement}}
   *
   * @param statement the statement's id
   */
  List<Attribution> attributionsOf(StatementId statement);

  /**
   * {@return the attributions reported in {@code document}}
   *
   * @param document the document's id
   */
  List<Attribution> attributionsIn(DocumentId document);

  /**
   * {@return the attributions reported in documents that {@code outlet} published}
   *
   * @param outlet the outlet's id
   */
  List<Attribution> attributionsPublishedBy(OutletId outlet);

  /**
   * {@return the attributions that take a position toward {@code claim}}
   *
   * @param claim the claim's id
   */
  List<Attribution> attributionsOn(ClaimId claim);

  /**
   * {@return the attribution with the id {@code id}, then the attribution it is heard through (its via),
   * then the one that one is heard through, and so on while this view holds them; empty when no
   * attribution has the id} Vias never loop in a valid ledger.
   *
   * @param id the id of the attribution
   */
  List<Attribution> viaChain(AttributionId id);

  /**
   * {@return the attributions known through {@code intermediary}: those whose via is it}
   *
   * @param intermediary the id of the attribution they are known through
   */
  List<Attribution> attributionsVia(AttributionId intermediary);

  /**
   * {@return the attributions whose time said may fall within {@code [from, to]} (both inclusive), honouring
   * its precision: said "July 2024" overlaps July 15} Attributions that do not tell when are left
   * out.
   *
   * @param from the first day
   * @param to the last day, inclusive
   */
  List<Attribution> attributionsSaidBetween(LocalDate from, LocalDate to);

  /**
   * {@return the attributions to {@code speaker} whose time said may fall within {@code [from, to]}, as
   * {@link #attributionsSaidBetween} would keep them; found by a binary search in the speaker's
   * attributions sorted by when they were said}
   *
   * @param speaker the speaker's id
   * @param from the first day
   * @param to the last day, inclusive
   */
  List<Attribution> attributionsBySaidBetween(SpeakerId speaker, LocalDate from, LocalDate to);

  /**
   * {@return the attributions {@link #attributionsBySaidBetween} finds, in timeline order (see {@link
   * #inTimelineOrder}) rather than ledger order}
   *
   * @param speaker the speaker's id
   * @param from the first day
   * @param to the last day, inclusive
   */
  List<Attribution> timelineOf(SpeakerId speaker, LocalDate from, LocalDate to);

  /**
   * {@return {@code attributions}, given in ledger order, in the order of a timeline} By the first day
   * their time said may denote, then by its last day (a day before the month that begins with it, a
   * month before its year), then by the time of day (a day without one after the times told on it);
   * those that do not tell when come last, and ties keep ledger order.
   *
   * @param attributions attributions of this ledger, in ledger order
   */
  List<Attribution> inTimelineOrder(List<Attribution> attributions);

  /**
   * {@return the documents that {@code outlet} published}
   *
   * @param outlet the outlet's id
   */
  List<Document> documentsOf(OutletId outlet);

  /**
   * {@return the given attributions without repeats, in ledger order; ones not in the ledger are left out}
   *
   * @param attributions attributions of this ledger
   */
  List<Attribution> inLedgerOrder(Collection<Attribution> attributions);

  /**
   * {@return the speakers so named: those one of whose {@linkplain Speaker#properNames() proper
   * names} contains every word of {@code words}, compared after normalization (case, punctuation
   * and diacritic forms folded)} Descriptions do not count: "Quist" names Mara Quist, not "staff
   * close to Quist".
   *
   * @param words words of a name
   */
  List<Speaker> speakersNamed(String words);

  /**
   * {@return the speakers one of whose names, aliases or descriptions contains every word of {@code
   * words}, compared as {@link #speakersNamed(String)} compares: those so named, and those
   * described in those words ("staff close to Quist" for "Quist")}
   *
   * @param words words of a name or description
   */
  List<Speaker> speakersDescribedAs(String words);

  /**
   * {@return statements that may be variants of {@code quote} or contain part of it: those sharing its
   * normalized form, or enough pairs of adjacent words to be any variant {@link
   * dev.claimtrail.text.QuoteMatcher} accepts, the most overlapping first, at most {@code limit}}
   * A candidate list for the matcher to check: every statement it would accept is on it, within
   * the limit.
   *
   * @param quote the words of a quote
   * @param limit the most statements to return
   */
  List<Statement> statementsResembling(String quote, int limit);

  /**
   * {@return the attributions of the statements whose text is {@code text} as printed (leading and trailing
   * white space aside), in ledger order}
   *
   * @param text the statement's text as printed
   */
  List<Attribution> attributionsPrinted(String text);
}
