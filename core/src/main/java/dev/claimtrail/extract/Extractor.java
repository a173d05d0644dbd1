package dev.claimtrail.extract;

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
 */
public final class Extractor {
  /** The name and version this extractor records as the agent of what it extracts. */
  public static final String AGENT = "claimtrail-extract/0.1";

  private static final Extractor STANDARD = new Extractor(Lexicon.standard());

  private final Lexicon lexicon;

  private Extractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The extractor with the lexicons shipped in claimtrail. */
  public static Extractor standard() {
    return STANDARD;
  }

  /** Extracts from {@code text}, of which nothing else is known. */
  public Ledger extract(String text) {
    return extract(text, ArticleMetadata.none());
  }

  /**
   * Extracts the attributions of {@code text}, a news article described by {@code metadata}. The
   * ledger holds one document; ids of its statements and attributions start with the document id.
   */
  public Ledger extract(String text, ArticleMetadata metadata) {
    checkNotNull(text, "text");
    checkNotNull(metadata, "metadata");
    PartialDate published = metadata.published().orElse(null);
    Tokens tokens = Tokens.scan(text);
    Quotes.Found quotes = Quotes.find(tokens);
    Sentences sentences = Sentences.split(tokens, 0, tokens.size(), quotes);
    Entities entities = new Entities(tokens, lexicon, quotes, sentences);
    TimeExpressions times = TimeExpressions.find(tokens, published);
    List<Finding> findings =
        new AttributionFinder(tokens, lexicon, quotes, sentences, entities, times).run();
    DocumentId id = metadata.documentId()
        .orElseGet(() -> DocumentId.of("doc-" + Document.sha256(text).substring(0, 16)));
    return new LedgerAssembly(text, id, metadata, AGENT).build(findings);
  }
}
