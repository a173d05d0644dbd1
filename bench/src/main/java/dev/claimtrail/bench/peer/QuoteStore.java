package dev.claimtrail.bench.peer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The who-said-what questions every system in the benchmark answers, in plain values so that the
 * answers of claimtrail and its peers can be compared with each other and with the corpus's known
 * answers. Ids are the corpus's record ids as strings. Implementations hold their own copy of the
 * corpus, built once; they are not thread-safe unless they say so.
 */
public interface QuoteStore extends AutoCloseable {
  /** The name printed in results, e.g. {@code claimtrail}, {@code sqlite}, {@code jena-graph}. */
  String name();

  /** Every speaker of an attribution of a statement printed exactly as {@code text}. */
  Set<String> whoSaid(String text);

  /**
   * The ids of the attributions to {@code speaker} said at a time that overlaps {@code [from, to]},
   * in the order of claimtrail's timeline: by the first day the time may denote, then the last day
   * (a day before the month that begins with it), then corpus order.
   */
  List<String> timeline(String speaker, LocalDate from, LocalDate to);

  /** When and where {@code statement} was first published, and every outlet that reported it. */
  FirstAppearance firstAppearance(String statement);

  /**
   * The speakers along the via chain of {@code attribution}: its own speaker first, then the
   * speaker of the attribution it is known through, and so on to the first-hand report.
   */
  List<String> chain(String attribution);

  /** The positions taken toward {@code claim}, as {@code "attribution speaker POSITION"} strings. */
  Set<String> stances(String claim);

  /** Releases what the store holds off the heap. */
  @Override
  void close();

  /**
   * The first day a statement was published, and the outlets that reported it.
   *
   * @param first the earliest published day of a document reporting it
   * @param outlets the ids of the outlets of the documents reporting it
   */
  record FirstAppearance(@Nullable LocalDate first, Set<String> outlets) {
    /** Copies the set. */
    public FirstAppearance {
      outlets = Set.copyOf(outlets);
    }
  }
}
