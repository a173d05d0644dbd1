package dev.claimtrail.query;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.text.QuoteMatcher;
import dev.claimtrail.text.VariantMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Through whom an attribution is known: the document that reports it, the intermediaries it goes
 * through ("RT noted that ... Putin said ..." goes through RT), and the original speaker. Also tells
 * whether the primary source is on record: whether the ledger holds the speaker's words first-hand,
 * in this or another document. Immutable; the primary sources are looked up when first asked for,
 * so walking the links costs only the via steps. {@link #toString()} prints a summary line and the
 * links as a table.
 */
public final class Chain {
  private static final Results.Columns<Chain> COLUMNS = new Results.Columns<>(columnsOf());

  private final LedgerView view;
  private final Quote quote;
  private final ImmutableList<Quote> links;
  private @Nullable Results<Quote> primarySources;

  private Chain(LedgerView view, Quote quote, ImmutableList<Quote> links) {
    this.view = view;
    this.quote = quote;
    this.links = links;
  }

  /**
   * {@return the chain of the attribution with the given id in {@code view}; throws {@link
   * IllegalArgumentException} naming the id if there is none}
   *
   * @param view the records to look in
   * @param attribution the id of the attribution
   */
  public static Chain of(LedgerView view, AttributionId attribution) {
    List<Attribution> walked = view.viaChain(attribution);
    if (walked.isEmpty()) {
      throw new IllegalArgumentException("no attribution with id '" + attribution + "'");
    }
    ImmutableList.Builder<Quote> outermostFirst = ImmutableList.builderWithExpectedSize(walked.size());
    for (int i = walked.size() - 1; i >= 0; i--) {
      outermostFirst.add(Quote.of(view, walked.get(i)));
    }
    ImmutableList<Quote> links = outermostFirst.build();
    return new Chain(view, links.get(links.size() - 1), links);
  }

  /** The chain of {@code attribution}, which {@code view} must hold. */
  static Chain of(LedgerView view, Attribution attribution) {
    return of(view, attribution.id());
  }

  /**
   * The first-hand attributions to the same speaker of the same words or a close variant of them:
   * the same statement, or one that {@link QuoteMatcher} finds to be the same words, an insertion,
   * elision, part or truncation variant (not merely similar), in ledger order. A statement
   * without letters or digits has no variants but itself.
   */
  private static List<Quote> primarySources(LedgerView view, Attribution attribution) {
    Statement statement = view.statement(attribution.statement()).orElseThrow();
    List<Attribution> found = new ArrayList<>(view.attributionsOf(statement.id()));
    QuoteMatcher matcher = QuoteMatcher.of(statement.text());
    for (Statement other : view.statementsResembling(statement.text(), Quotes.WHO_SAID_CANDIDATES)) {
      boolean variant = matcher.match(other.text())
          .map(m -> m.kind() != VariantMatch.Kind.SIMILAR).orElse(false);
      if (variant && !other.id().equals(statement.id())) {
        found.addAll(view.attributionsOf(other.id()));
      }
    }
    return view.inLedgerOrder(found).stream()
        .filter(a -> a.speaker().equals(attribution.speaker()) && !a.isSecondHand())
        .map(a -> Quote.of(view, a))
        .collect(Collectors.toList());
  }

  /** {@return the attribution this chain leads to, resolved} */
  public Quote quote() {
    return quote;
  }

  /** {@return the original speaker: who the attribution says said the words} */
  public Speaker speaker() {
    return quote.speaker();
  }

  /**
   * {@return the attributions this one is known through, outermost first: the first is the one the document
   * reports directly, each next one is reported by the one before, and the last is this one's via}
   * Empty for a first-hand attribution.
   */
  public List<Quote> intermediaries() {
    return links.subList(0, links.size() - 1);
  }

  /** {@return the links from the reporting document to the speaker: the intermediaries, then the attribution} */
  public List<Quote> links() {
    return links;
  }

  /** {@return how many intermediaries the words pass through: 0 for a first-hand attribution} */
  public int depth() {
    return links.size() - 1;
  }

  /**
   * {@return the first-hand attributions to the same speaker of these words or a close variant, in ledger
   * order: the attribution itself if it is first-hand, and any other report of the words that goes
   * through nobody}
   */
  public Results<Quote> primarySources() {
    Results<Quote> found = primarySources;
    if (found == null) {
      found = new Results<>(primarySources(view, quote.attribution()), Quote.COLUMNS);
      primarySources = found;
    }
    return found;
  }

  /** {@return whether the ledger holds the speaker's words first-hand, see {@link #primarySources()}} */
  public boolean primaryOnRecord() {
    return !primarySources().isEmpty();
  }

  /** {@return the path as printed: reporting outlet (or document), then each intermediary, then the speaker} */
  public String path() {
    return String.join(" › ", pathNames());
  }

  /** The names along the path: reporting outlet (or document), each intermediary, the speaker. */
  private List<String> pathNames() {
    List<String> names = new ArrayList<>();
    names.add(quote.reporter());
    links().forEach(q -> names.add(q.speaker().name()));
    return names;
  }

  /** The columns a list of chains prints. */
  static Results.Columns<Chain> columns() {
    return COLUMNS;
  }

  private static List<Column<Chain>> columnsOf() {
    return List.of(
        Column.data("attributionId", c -> c.quote().attribution().id()),
        Column.of("speaker", "speaker", 22, c -> c.speaker().name()),
        Column.of("statement", "statement", 40, c -> c.quote().statement().text()),
        Column.of("depth", "depth", 5, Chain::depth),
        Column.<Chain>of("path", "path", 44, Chain::pathNames).printedAs(Chain::path),
        Column.<Chain>of("primary", "primaryOnRecord", 7, Chain::primaryOnRecord)
            .printedAs(c -> c.primaryOnRecord() ? "yes" : "no"),
        Column.data("primarySourceIds", c -> c.primarySources().stream().map(q -> q.attribution().id())
            .collect(Collectors.toList())),
        Column.data("linkIds", c -> c.links().stream().map(q -> q.attribution().id()).collect(Collectors.toList())),
        Column.data("speakerId", c -> c.speaker().id()),
        Column.data("statementId", c -> c.quote().statement().id()),
        Column.data("documentId", c -> c.quote().document().id()));
  }

  /** A line break, a summary line, then one row per link: hop, speaker, statement, cue, said. */
  @Override
  public String toString() {
    List<Quote> links = links();
    List<Column<Quote>> quoteColumns = Quote.printedColumns(q -> q);
    Results<Quote> table = new Results<>(links, List.of(
        Column.printed("hop", 3, q -> Integer.toString(links.indexOf(q) + 1)),
        quoteColumns.get(0),
        quoteColumns.get(1),
        Column.printed("cue", 24, q -> q.attribution().cue().orElse("")),
        quoteColumns.get(2)));
    return String.format("%n%s: depth %d, reported by %s, primary source %s%n%s",
        quote.attribution().id(), depth(), quote.reporter(), primaryOnRecord() ? "on record" : "not on record",
        table.format());
  }
}
