package dev.claimtrail.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimtrail.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Extracts many articles with one {@link Extractor}, going on past an article that fails: {@link
 * #extract(List)} returns the ledger of every article that was extracted and the failures of the
 * others, in the order the articles were given, and throws for no single article. A failure is a
 * {@link RuntimeException} the extractor throws for that article (a text longer than its limit,
 * say); an {@link Error} such as running out of memory is not caught. Immutable and safe to share
 * between threads; each call extracts its articles one after another on the calling thread.
 */
public final class BatchExtraction {
  private static final BatchExtraction STANDARD = new BatchExtraction(Extractor.standard());

  private final Extractor extractor;

  private BatchExtraction(Extractor extractor) {
    this.extractor = extractor;
  }

  /** {@return a batch extraction with {@link Extractor#standard()}} */
  public static BatchExtraction standard() {
    return STANDARD;
  }

  /**
   * {@return a batch extraction with {@code extractor}, for instance one with a lower length limit}
   *
   * @param extractor the extractor to run on each article
   */
  public static BatchExtraction with(Extractor extractor) {
    return new BatchExtraction(checkNotNull(extractor, "extractor"));
  }

  /** {@return the extractor every article goes through} */
  public Extractor extractor() {
    return extractor;
  }

  /**
   * Extracts every article of {@code articles}, in order; the result holds the ledger of those
   * extracted and the failures of the others. Throws {@link NullPointerException} only when {@code
   * articles} or one of its elements is null.
   *
   * @param articles the articles to extract
   * @return the ledger of the articles extracted and the failures of the others
   * @throws NullPointerException if {@code articles} or one of its elements is null
   */
  public Result extract(List<Article> articles) {
    return extract(articles, index -> {});
  }

  /**
   * Extracts every article of {@code articles}, in order, calling {@code afterEach} with the index
   * of each article once it is extracted or has failed (to draw progress, say). What {@code
   * afterEach} throws is not taken for a failure of the article: it ends the batch.
   *
   * @param articles the articles to extract
   * @param afterEach called with the number of articles done after each one, for progress
   * @return the ledger of the articles extracted and the failures of the others
   * @throws NullPointerException if an argument or an article is null
   */
  public Result extract(List<Article> articles, IntConsumer afterEach) {
    checkNotNull(articles, "articles");
    checkNotNull(afterEach, "afterEach");
    Ledger.Builder extracted = Ledger.builder();
    List<Failure> failures = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article article = checkNotNull(articles.get(i), "articles[%s]", i);
      try {
        extracted.addAll(extractor.extract(article.text(), article.metadata()));
      } catch (RuntimeException e) {
        failures.add(new Failure(i, article.name(), e));
      }
      afterEach.accept(i);
    }
    return new Result(extracted.build(), articles.size(), failures);
  }

  /**
   * One article to extract: a name that identifies it in failures (a file name, a url), its text and
   * what is known of it. Its {@code toString} shows the name and length, not the text.
   *
   * @param name what the article is called in failures; not blank
   * @param text the article's text
   * @param metadata what is known of the article besides its text
   */
  public record Article(String name, String text, ArticleMetadata metadata) {
    /**
     * Checks that no field is null and the name is not blank.
     *
     * @param name how messages name the article, such as its file name
     * @param text the article's text
     * @param metadata what is known of the article besides its text
     */
    public Article {
      checkNotNull(name, "name");
      checkArgument(!name.isBlank(), "article name must not be blank: '%s'", name);
      checkNotNull(text, "text of article %s", name);
      checkNotNull(metadata, "metadata of article %s", name);
    }

    /**
     * {@return an article of which nothing but its name and text is known}
     *
     * @param name how messages name the article, such as its file name
     * @param text the article's text
     */
    public static Article of(String name, String text) {
      return new Article(name, text, ArticleMetadata.none());
    }

    @Override
    public String toString() {
      return "Article[" + name + ", " + text.length() + " characters]";
    }
  }

  /**
   * An article that could not be extracted, and why.
   *
   * @param index the article's position in the list given to {@link #extract(List)}, from 0
   * @param article the article's name
   * @param cause what the extractor threw for it
   */
  public record Failure(int index, String article, RuntimeException cause) {
    /**
     * Checks that the index is not negative and no field is null.
     *
     * @param index the 0-based place of the article in the batch
     * @param article the name of the article
     * @param cause what the extractor threw
     */
    public Failure {
      checkArgument(index >= 0, "failure index must not be negative: %s", index);
      checkNotNull(article, "article");
      checkNotNull(cause, "cause of the failure of %s", article);
    }

    /** {@return the message of the cause, or its class name when it has none} */
    public String message() {
      String message = cause.getMessage();
      return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    @Override
    public String toString() {
      return article + ": " + message();
    }
  }

  /**
   * What a batch gave: the ledger of every article extracted (a record with an id seen before
   * replaces it, as in {@link Ledger.Builder#addAll}), how many articles there were, and the failures
   * in the order of the articles.
   *
   * @param ledger the records of every article extracted; empty when none was
   * @param articles how many articles the batch was given
   * @param failures the articles that could not be extracted, by increasing index
   */
  public record Result(Ledger ledger, int articles, List<Failure> failures) {
    /**
     * Copies the failures and checks that there are no more of them than articles.
     *
     * @param ledger the ledger of the articles extracted
     * @param failures the articles that could not be extracted, in order
     * @param articles how many articles were given
     */
    public Result {
      checkNotNull(ledger, "ledger");
      failures = List.copyOf(failures);
      checkArgument(failures.size() <= articles,
          "%s failures of only %s articles", failures.size(), articles);
    }

    /** {@return how many articles were extracted} */
    public int extracted() {
      return articles - failures.size();
    }

    /** {@return whether any article failed} */
    public boolean hasFailures() {
      return !failures.isEmpty();
    }
  }
}
