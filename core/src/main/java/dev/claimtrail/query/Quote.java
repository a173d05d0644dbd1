package dev.claimtrail.query;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One attribution with the records it refers to resolved: who said which words, reported in which
 * document by which outlet, and through whom if second-hand. Each record is looked up in the
 * ledger snapshot the first time it is read, so a result that only needs the attribution or the
 * speaker costs only those lookups. Immutable and safe to share between threads: the snapshot never
 * changes, so every thread resolves the same records. Two quotes are equal when their attributions
 * and resolved records are.
 */
public final class Quote {
  /** The columns of a list of quotes, checked once. */
  static final Results.Columns<Quote> COLUMNS = new Results.Columns<>(columns((Quote q) -> q));

  private final LedgerView view;
  private final Attribution attribution;
  private @Nullable Speaker speaker;
  private @Nullable Statement statement;
  private @Nullable Document document;
  private @Nullable Optional<Outlet> outlet;
  private @Nullable Optional<Speaker> via;
  private @Nullable Optional<Outlet> settingOutlet;

  private Quote(LedgerView view, Attribution attribution) {
    this.view = view;
    this.attribution = attribution;
  }

  /** The attribution, its records to be looked up in {@code view}, which must hold them. */
  static Quote of(LedgerView view, Attribution attribution) {
    return new Quote(view, attribution);
  }

  /** {@return the attribution} */
  public Attribution attribution() {
    return attribution;
  }

  /** {@return who said it} */
  public Speaker speaker() {
    Speaker found = speaker;
    if (found == null) {
      found = view.speaker(attribution.speaker()).orElseThrow();
      speaker = found;
    }
    return found;
  }

  /** {@return what was said} */
  public Statement statement() {
    Statement found = statement;
    if (found == null) {
      found = view.statement(attribution.statement()).orElseThrow();
      statement = found;
    }
    return found;
  }

  /** {@return the document that reports it} */
  public Document document() {
    Document found = document;
    if (found == null) {
      found = view.document(attribution.document()).orElseThrow();
      document = found;
    }
    return found;
  }

  /** {@return the outlet that published the document, if known} */
  public Optional<Outlet> outlet() {
    Optional<Outlet> found = outlet;
    if (found == null) {
      found = document().outlet().flatMap(view::outlet);
      outlet = found;
    }
    return found;
  }

  /** {@return the speaker through whom it is known, for a second-hand attribution} */
  public Optional<Speaker> via() {
    Optional<Speaker> found = via;
    if (found == null) {
      found = attribution.via().flatMap(view::attribution).flatMap(a -> view.speaker(a.speaker()));
      via = found;
    }
    return found;
  }

  /** {@return the outlet of the interview or broadcast it was said in, if the ledger holds it} */
  public Optional<Outlet> settingOutlet() {
    Optional<Outlet> found = settingOutlet;
    if (found == null) {
      found = attribution.setting().flatMap(s -> s.outlet()).flatMap(view::outlet);
      settingOutlet = found;
    }
    return found;
  }

  /** {@return when the report was published, if known} */
  public Optional<PartialDate> published() {
    return document().published();
  }

  /** {@return the outlet's name, or the document's id when the outlet is unknown} */
  public String reporter() {
    return outlet().map(Outlet::name).orElse(document().id().value());
  }

  /**
   * The columns of a list of quotes: speaker, statement, said, setting and reported by printed;
   * the attribution's id first in the data rows and {@link #fields} after these.
   */
  static <R> List<Column<R>> columns(Function<R, Quote> quote) {
    List<Column<R>> columns = new ArrayList<>();
    columns.add(Column.data("attributionId", r -> quote.apply(r).attribution().id()));
    columns.addAll(printedColumns(quote));
    columns.addAll(fields(quote));
    return columns;
  }

  /**
   * The printed columns of a quote, in this order: speaker, statement, said (the date or
   * "start–end"; its data value the date), setting, and reported by (printed only).
   */
  static <R> List<Column<R>> printedColumns(Function<R, Quote> quote) {
    return List.of(
        Column.of("speaker", "speaker", 24, r -> quote.apply(r).speaker().name()),
        Column.of("statement", "statement", 52, r -> quote.apply(r).statement().text()),
        Column.<R>of("said", "said", 12, r -> quote.apply(r).attribution().said().map(TimeReference::date))
            .printedAs(r -> quote.apply(r).attribution().said().map(Quote::time).orElse("")),
        Column.of("setting", "setting", 26, r -> quote.apply(r).attribution().setting().map(Setting::description)),
        Column.printed("reported by", 30, r -> quote.apply(r).reportedBy()));
  }

  /**
   * The data-only columns of a quote: the end of the time said, the outlet and publication date of
   * the report, the intermediary, stance, confidence, and the ids of the records it refers to.
   */
  static <R> List<Column<R>> fields(Function<R, Quote> quote) {
    return List.of(
        Column.data("saidUntil", r -> quote.apply(r).attribution().said().flatMap(TimeReference::until)),
        Column.data("outlet", r -> quote.apply(r).outlet().map(Outlet::name)),
        Column.data("published", r -> quote.apply(r).published()),
        Column.data("via", r -> quote.apply(r).via().map(Speaker::name)),
        Column.data("stance", r -> quote.apply(r).attribution().stance()),
        Column.data("confidence", r -> quote.apply(r).attribution().provenance().confidence()),
        Column.data("speakerId", r -> quote.apply(r).attribution().speaker()),
        Column.data("statementId", r -> quote.apply(r).attribution().statement()),
        Column.data("documentId", r -> quote.apply(r).attribution().document()),
        Column.data("outletId", r -> quote.apply(r).document().outlet()),
        Column.data("viaAttributionId", r -> quote.apply(r).attribution().via()));
  }

  /** The outlet, its publication date and the intermediary, as the table prints them. */
  String reportedBy() {
    StringBuilder out = new StringBuilder(reporter());
    published().ifPresent(date -> out.append(' ').append(date));
    via().ifPresent(speaker -> out.append(", via ").append(speaker.name()));
    return out.toString();
  }

  /** A time as the table prints it: the date, or "start–end" for a range. */
  static String time(TimeReference time) {
    return time.until().map(until -> time.date() + "–" + until).orElse(time.date().toString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quote that
        && attribution.equals(that.attribution)
        && speaker().equals(that.speaker())
        && statement().equals(that.statement())
        && document().equals(that.document())
        && outlet().equals(that.outlet())
        && via().equals(that.via())
        && settingOutlet().equals(that.settingOutlet());
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribution, speaker(), statement(), document(), outlet(), via(), settingOutlet());
  }

  /** A line break, then this quote as a one-row table: speaker, statement, said, setting, reported by. */
  @Override
  public String toString() {
    return new Results<>(List.of(this), COLUMNS).toString();
  }
}
