package dev.claimtrail.query;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Source;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.util.List;
import java.util.Optional;

/**
 * One attribution with the records it refers to resolved: who said which words, reported in which
 * document by which outlet, and through whom if second-hand.
 *
 * @param attribution the attribution
 * @param speaker who said it
 * @param statement what was said
 * @param document the document that reports it
 * @param outlet the outlet that published the document, if known
 * @param via the speaker through whom it is known, for a second-hand attribution
 * @param settingOutlet the outlet of the interview or broadcast it was said in, if the ledger holds it
 */
public record Quote(
    Attribution attribution,
    Speaker speaker,
    Statement statement,
    Document document,
    Optional<Source> outlet,
    Optional<Speaker> via,
    Optional<Source> settingOutlet) {

  /** The attribution with its records looked up in {@code view}, which must hold them. */
  static Quote of(LedgerView view, Attribution attribution) {
    Document document = view.document(attribution.document()).orElseThrow();
    return new Quote(
        attribution,
        view.speaker(attribution.speaker()).orElseThrow(),
        view.statement(attribution.statement()).orElseThrow(),
        document,
        document.outlet().flatMap(view::source),
        attribution.via().flatMap(view::attribution).flatMap(a -> view.speaker(a.speaker())),
        attribution.setting().flatMap(s -> s.outlet()).flatMap(view::source));
  }

  /** When the report was published, if known. */
  public Optional<PartialDate> published() {
    return document.published();
  }

  /** The outlet's name, or the document's id when the outlet is unknown. */
  public String reporter() {
    return outlet.map(Source::name).orElse(document.id().value());
  }

  /** The columns a list of quotes prints: speaker, statement, said, setting, reported by. */
  static <R> List<Column<R>> columns(java.util.function.Function<R, Quote> quote) {
    return List.of(
        Column.of("speaker", 24, r -> quote.apply(r).speaker().name()),
        Column.of("statement", 52, r -> quote.apply(r).statement().text()),
        Column.of("said", 12, r -> quote.apply(r).attribution().said().map(Quote::time).orElse("")),
        Column.of("setting", 26, r -> quote.apply(r).attribution().setting()
            .map(s -> s.description()).orElse("")),
        Column.of("reported by", 30, r -> quote.apply(r).reportedBy()));
  }

  /** The outlet, its publication date and the intermediary, as the table prints them. */
  String reportedBy() {
    StringBuilder out = new StringBuilder(reporter());
    published().ifPresent(date -> out.append(' ').append(date));
    via.ifPresent(speaker -> out.append(", via ").append(speaker.name()));
    return out.toString();
  }

  /** A time as the table prints it: the date, or "start–end" for a range. */
  static String time(TimeReference time) {
    return time.until().map(until -> time.date() + "–" + until).orElse(time.date().toString());
  }

  /** This quote as a one-row table: speaker, statement, said, setting, reported by. */
  @Override
  public String toString() {
    return new Results<>(List.of(this), columns((Quote q) -> q)).format();
  }
}
