package dev.claimtrail.query;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.TimeReference;
import dev.claimtrail.text.VariantMatch;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who reported some words, and when first: every attribution whose statement carries them or a
 * close variant (not merely a similar text), as a propagation timeline ordered by the date its
 * document was published (unknown last), then by the time said (unknown last), then in ledger
 * order. Immutable; {@link #toString()} prints the first appearance and the timeline.
 */
public final class Reports {
  private static final Comparator<QuoteMatch> BY_APPEARANCE = Comparator
      .comparing((QuoteMatch m) -> m.quote().published().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(m -> m.quote().attribution().said().map(TimeReference::date).orElse(null),
          Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()));

  private final Results<QuoteMatch> timeline;

  private Reports(List<QuoteMatch> matches) {
    this.timeline = new Results<>(matches.stream()
        .filter(m -> m.kind() != VariantMatch.Kind.SIMILAR)
        .sorted(BY_APPEARANCE)
        .collect(Collectors.toList()), columns());
  }

  /** The reports among {@code matches}, which are in ledger order. */
  static Reports of(List<QuoteMatch> matches) {
    return new Reports(matches);
  }

  /** {@return every report, earliest first} */
  public Results<QuoteMatch> timeline() {
    return timeline;
  }

  /** {@return the earliest report: the first of the {@link #timeline()}, if there is any} */
  public Optional<QuoteMatch> first() {
    return timeline.stream().findFirst();
  }

  /** {@return the documents that carry the words, without repeats, in the order of the timeline} */
  public List<Document> documents() {
    return timeline.stream().map(m -> m.quote().document()).distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the outlets that carried the words, without repeats, in the order of the timeline: for each
   * report the outlet that published its document, then the outlet of the interview or broadcast
   * it was said in, when the ledger holds them}
   */
  public Results<Outlet> outlets() {
    return Outlets.table(timeline.stream()
        .flatMap(m -> Stream.of(m.quote().outlet(), m.quote().settingOutlet()))
        .flatMap(Optional::stream)
        .distinct()
        .collect(Collectors.toList()));
  }

  private static List<Column<QuoteMatch>> columns() {
    List<Column<QuoteMatch>> quoteColumns = Quote.printedColumns(QuoteMatch::quote);
    return ImmutableList.<Column<QuoteMatch>>builder()
        .add(Column.data("attributionId", m -> m.quote().attribution().id()))
        .add(Column.printed("published", 10, m -> m.quote().published().map(Objects::toString).orElse("")))
        .add(Column.printed("reported by", 30, m -> m.quote().reporter()))
        .addAll(List.of(quoteColumns.get(0).narrowed(22), quoteColumns.get(1).narrowed(40), quoteColumns.get(2),
            quoteColumns.get(3).unprinted()))
        .add(Column.ofEnum("match", "match", 10, QuoteMatch::kind))
        .add(Column.data("score", QuoteMatch::score))
        .addAll(Quote.fields(QuoteMatch::quote))
        .build();
  }

  /** A line break, the first appearance, then the timeline; "(no reports)" when there is none. */
  @Override
  public String toString() {
    return "\n" + first().map(m -> "first: " + m.quote().reportedBy()
            + m.quote().published().map(d -> "").orElse(" (publication date unknown)") + timeline)
        .orElse("(no reports)");
  }
}
