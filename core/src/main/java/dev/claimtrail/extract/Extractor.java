package dev.claimtrail.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import java.util.List;

/**
 * Extracts attributions from news text: who said what, when, where and to whom, as the text reports
 * it. {@link #extract(String, ArticleMetadata)} returns a {@link Ledger} holding the {@link
 * Document} with the exact text, its statements (direct quotes, partial quotes inside paraphrase,
 * indirect statements), the speakers and outlets involved, and attributions with the cue as
 * printed, stance, date said, setting, addressee, hedges, second-hand links and evidence spans that
 * slice the text exactly. Deterministic, linear in the length of the text, and safe to share
 * between threads.
 *
 * <p>A text longer than the extractor's limit ({@link #MAX_TEXT_LENGTH} characters unless {@link
 * #withMaxTextLength} sets another) is refused with an {@link IllegalArgumentException} that names
 * the limit; extraction needs memory of about 20 bytes a character, so split bigger inputs into
 * their articles first. Any other text is extracted: where a stage meets a case it cannot handle,
 * it skips that candidate and goes on with the rest.
 */
public final class Extractor {
  /** The name and version this extractor records as the agent of what it extracts. */
  public static final String AGENT = "claimtrail-extract/0.1";

  /** The longest text, in UTF-16 characters (100 Mi), that {@link #standard()} accepts. */
  public static final int MAX_TEXT_LENGTH = 100 * 1024 * 1024;

  private static final Extractor STANDARD =
      new Extractor(Lexicon.standard(), SieveOrder.standard(), MAX_TEXT_LENGTH, CandidateGuard.SKIPPING);

  private final Lexicon lexicon;
  private final SieveOrder sieves;
  private final int maxTextLength;
  private final CandidateGuard guard;

  private Extractor(Lexicon lexicon, SieveOrder sieves, int maxTextLength, CandidateGuard guard) {
    this.lexicon = lexicon;
    this.sieves = sieves;
    this.maxTextLength = maxTextLength;
    this.guard = guard;
  }

  /** {@return the extractor with the lexicons shipped in claimtrail} */
  public static Extractor standard() {
    return STANDARD;
  }

  /**
   * {@return this extractor with a different limit on the length of a text, in UTF-16 characters; a service
   * that takes texts from outside would set a lower one} Throws {@link IllegalArgumentException}
   * when {@code maxTextLength} is negative.
   *
   * @param maxTextLength the most characters a text may have, at least 0
   */
  public Extractor withMaxTextLength(int maxTextLength) {
    checkArgument(maxTextLength >= 0, "maxTextLength must not be negative: %s", maxTextLength);
    return new Extractor(lexicon, sieves, maxTextLength, guard);
  }

  /**
   * This extractor, rethrowing what a stage throws on a candidate rather than skipping the
   * candidate: for the properties that search for texts no stage should fail on.
   */
  Extractor strict() {
    return new Extractor(lexicon, sieves, maxTextLength, CandidateGuard.STRICT);
  }

  /**
   * {@return the quote sieves this extractor runs, in order: each tells who speaks a quote in one way
   * ("adjacent-clause", "colon", "continuation", ...), over the quotes no earlier one decided}
   * docs/extraction.md describes them with their measured precision.
   */
  public List<String> quoteSieves() {
    return sieves.names();
  }

  /**
   * {@return this extractor with only the quote sieves named in {@code names}, run in that order: to
   * measure what a sieve adds, or to keep only the surer ones} Throws {@link
   * IllegalArgumentException} naming a sieve that is not one of {@link #standard()}'s.
   *
   * @param names the names of the quote sieves, in the order they run
   */
  public Extractor withQuoteSieves(List<String> names) {
    checkNotNull(names, "names");
    return new Extractor(lexicon, SieveOrder.standard().only(names), maxTextLength, guard);
  }

  /** {@return the longest text, in UTF-16 characters, that this extractor accepts} */
  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * Extracts from {@code text}, of which nothing else is known. Throws {@link
   * IllegalArgumentException} when the text is longer than {@link #maxTextLength()}.
   *
   * @param text the article's text
   * @return a ledger of one document and the attributions found in it
   * @throws IllegalArgumentException if the text is longer than {@link #maxTextLength()}
   */
  public Ledger extract(String text) {
    return extract(text, ArticleMetadata.none());
  }

  /**
   * Extracts the attributions of {@code text}, a news article described by {@code metadata}. The
   * ledger holds one document; ids of its statements and attributions start with the document id.
   * Throws {@link IllegalArgumentException} when the text is longer than {@link #maxTextLength()}.
   *
   * @param text the article's text
   * @param metadata what is known of the article besides its text: its date, outlet and address
   * @return a ledger of one document and the attributions found in it
   * @throws IllegalArgumentException if the text is longer than {@link #maxTextLength()}
   */
  public Ledger extract(String text, ArticleMetadata metadata) {
    checkNotNull(text, "text");
    checkNotNull(metadata, "metadata");
    checkArgument(text.length() <= maxTextLength,
        "text of %s characters is longer than the extractor's limit of %s characters; split it into its articles",
        text.length(), maxTextLength);
    PartialDate published = metadata.published().orElse(null);
    Tokens tokens = Tokens.scan(text);
    Quotes.Found quotes = Quotes.find(tokens);
    Sentences sentences = Sentences.split(tokens, 0, tokens.size(), quotes);
    Entities entities = new Entities(tokens, lexicon, quotes, sentences);
    TimeExpressions times = TimeExpressions.find(tokens, published);
    List<Finding> findings =
        new AttributionPipeline(
        new Article(tokens, lexicon, quotes, sentences, entities, times), sieves, guard).run();
    String contentHash = Document.sha256(text);
    DocumentId id = metadata.documentId().orElseGet(() -> DocumentId.of("doc-" + contentHash.substring(0, 16)));
    return new LedgerAssembly(text, contentHash, id, metadata, AGENT).build(findings);
  }
}
