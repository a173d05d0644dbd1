package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Attributes the quotes of an article with {@link QuoteSieve}s in the order {@link SieveOrder}
 * gives. Every quote is a candidate, a quote that runs over several paragraphs being one, but for
 * the names of shows and works that {@link QuotedTitles} tells apart ({@code on MSNBC's "Morning
 * Joe"}); each
 * sieve passes over the candidates in text order that no earlier sieve decided, so a later sieve
 * never undoes an earlier one. What a sieve decides becomes a finding with the sieve's name as its
 * rule and the sieve's measured precision, smoothed, as its confidence; a quote split by its
 * reporting clause ({@code "...," she said, "..."}) is one finding with both parts.
 */
final class QuoteAttribution extends ArticleRules {
  /** Most tokens of a reporting clause that splits a quote in two. */
  private static final int MAX_SPLIT_CLAUSE = 30;

  private final FindingBoard board;
  private final FollowingClauses following;
  private final StatementContext context;
  private final SieveOrder order;
  private final Map<String, QuoteSieve> sieves = new LinkedHashMap<>();
  private final List<QuoteCandidate> candidates = new ArrayList<>();
  /** The speaker of quotes that read as speech but that no sieve attributed, made when needed. */
  private @Nullable Entity unknown;

  QuoteAttribution(Article article, FindingBoard board, ReportingFrames frames,
      FollowingClauses following, StatementContext context, SieveOrder order) {
    super(article);
    this.board = board;
    this.following = following;
    this.context = context;
    this.order = order;
    QuotedTitles titles = new QuotedTitles(article);
    SpeechSieve speech = new SpeechSieve(article, titles);
    Map<String, QuoteSieve> known = Map.of(
        "adjacent-clause", new AdjacentClauseSieve(article, frames, following),
        "colon", new ColonSieve(article, frames, new NamesBeforeColons(article)),
        "according-to", new AccordingToSieve(article, frames),
        "same-clause", new SameClauseSieve(article, board),
        "sentence-subject", new SentenceSubjectSieve(article, speech),
        "continuation", new ContinuationSieve(article, board),
        "nearest-speaker", new NearestSpeakerSieve(article, board, speech),
        "speech", speech);
    for (String name : order.names()) {
      sieves.put(name, known.get(name));
    }
    for (int q = 0; q < quotes.all().size(); q = lastParagraph(q) + 1) {
      QuoteCandidate candidate = candidate(q);
      if (!titles.namesSomething(candidate)) {
        candidates.add(candidate);
      }
    }
  }

  /** The names of the sieves that run before any that reads the article's reported clauses. */
  List<String> sentenceSieves() {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, QuoteSieve> sieve : sieves.entrySet()) {
      if (sieve.getValue().readsReportedClauses()) {
        break;
      }
      names.add(sieve.getKey());
    }
    return names;
  }

  /** The names of the sieves from the first that reads the article's reported clauses on. */
  List<String> discourseSieves() {
    return List.copyOf(order.names().subList(sentenceSieves().size(), order.names().size()));
  }

  /** Runs sieve {@code name} over the quotes no earlier sieve decided, guarding each one. */
  void runSieve(String name, CandidateGuard guard) {
    QuoteSieve sieve = verifyNotNull(sieves.get(name), "no quote sieve %s", name);
    for (QuoteCandidate candidate : candidates) {
      if (board.byQuote[candidate.first()] == null) {
        guard.run(() -> {
          Decision decision = sieve.decide(candidate);
          if (decision != null) {
            record(candidate, decision, name);
          }
        });
      }
    }
  }

  private QuoteCandidate candidate(int first) {
    Quotes.Quote q = quotes.all().get(first);
    int last = lastParagraph(first);
    int lo = sentenceStartOf(q.open());
    if (first > 0 && quotes.after(first - 1) > lo && quotes.after(first - 1) <= q.open()) {
      lo = quotes.after(first - 1);
    }
    int hi = sentences.end(sentences.of(quotes.all().get(last).open()));
    if (last + 1 < quotes.all().size() && quotes.all().get(last + 1).open() < hi) {
      hi = quotes.all().get(last + 1).open();
    }
    boolean wordsBefore = false;
    for (int k = lo; k < q.open(); k++) {
      wordsBefore |= t.kind(k) == Tokens.WORD || t.kind(k) == Tokens.NUMBER;
    }
    return new QuoteCandidate(first, last, q.open(), lo, hi, quotes.after(last), wordsBefore,
        startsLikeSentence(q.contentStart()));
  }

  private void record(QuoteCandidate quote, Decision decision, String sieve) {
    Finding f = new Finding();
    f.firstToken = quote.open() + 1;
    addParts(f, quote.first(), quote.last());
    f.rule = sieve;
    f.confidence = order.confidence(sieve);
    f.kind = quote.opensSentence() ? Statement.Kind.DIRECT_QUOTE : Statement.Kind.PARTIAL_QUOTE;
    if (decision instanceof Frame frame) {
      byClause(quote, frame, f);
    } else if (decision instanceof Continuation continuation) {
      continuing(continuation.previous(), f);
    } else {
      f.speaker = unknownSpeaker();
    }
    board.findings.add(f);
  }

  private void byClause(QuoteCandidate quote, Frame frame, Finding f) {
    int last = quote.before();
    boolean introduced = !frame.after() && quote.wordsBefore()
        && (t.isPunct(last, ':') || t.isPunct(last, ','));
    if (introduced && quote.startsLikeSentence()) {
      f.kind = Statement.Kind.DIRECT_QUOTE;
    }
    context.apply(f, frame);
    if (frame.after()) {
      int next = splitContinuation(quote.last(), frame);
      if (next >= 0) {
        context.fillContext(f, frame, frame.cueEnd(), quotes.all().get(next).open());
        addParts(f, next, lastParagraph(next));
      } else {
        context.fillContext(f, frame, frame.cueEnd(), quote.hi());
      }
    } else {
      context.fillContext(f, frame, frame.cueEnd(), quote.open());
      context.contextBefore(f, quote.lo(), frame.start());
      if (f.said == null && frame.cue() > frame.start() && verifyNotNull(frame.cueWords()).participle()) {
        // ", citing "..."" speaks on the occasion of the clause it hangs on: "announced last week"
        context.contextIn(f, frame.start(), frame.cue());
      }
    }
  }

  private static void continuing(Finding previous, Finding f) {
    f.speaker = previous.speaker;
    f.setting = previous.setting;
    f.said = previous.said;
    f.addressee = previous.addressee;
  }

  private Entity unknownSpeaker() {
    if (unknown == null) {
      unknown = new Entity(-1, Speaker.Kind.UNKNOWN, "unknown");
    }
    return unknown;
  }

  /**
   * The last quote of the paragraphs that quote {@code qi} opens (itself when it has one); a
   * paragraph that opens with a transcript's speaker label starts a quote of its own.
   */
  private int lastParagraph(int qi) {
    int last = qi;
    while (last + 1 < board.byQuote.length && quotes.all().get(last + 1).continuesPrevious()
        && ColonSieve.labelColon(t, quotes, quotes.all().get(last + 1).open()) < 0) {
      last++;
    }
    return last;
  }

  /** Makes quotes {@code [from, to]} parts of {@code f}. */
  private void addParts(Finding f, int from, int to) {
    for (int q = from; q <= to; q++) {
      Quotes.Quote quote = quotes.all().get(q);
      f.parts.add(new int[] {quote.contentStart(), quote.contentEnd()});
      f.endToken = quotes.lastToken(q) + 1;
      board.byQuote[q] = f;
    }
  }

  /**
   * The quote that goes on with quote {@code q} after its reporting clause, as in {@code "...," she
   * said, "..."} or {@code "...," she said. "..."}: quote {@code q} ends with a comma, the next one
   * opens right after the clause, nothing else is reported between them and the next quote has no
   * reporting clause of its own. -1 when there is none.
   */
  private int splitContinuation(int q, Frame frame) {
    if (q + 1 >= board.byQuote.length || board.byQuote[q + 1] != null) {
      return -1;
    }
    Quotes.Quote quote = quotes.all().get(q);
    boolean comma = t.text().charAt(quote.contentEnd() - 1) == ','
        || t.isPunct(quotes.after(q), ',');
    int open = quotes.all().get(q + 1).open();
    if (!comma || open < frame.end() || open - frame.end() > MAX_SPLIT_CLAUSE
        || t.breaksBefore(open) >= 2 || !(t.isPunct(open - 1, ',') || t.isPunct(open - 1, '.'))) {
      return -1;
    }
    for (int k = frame.cueEnd(); k < open - 1; k++) {
      if (t.kind(k) == Tokens.QUOTE || lex.cueAt(t, k) != null || Sentences.endsSentence(t, k)) {
        return -1;
      }
    }
    int next = lastParagraph(q + 1);
    int nextAfter = quotes.after(next);
    int nextEnd = sentences.end(sentences.of(quotes.all().get(next).open()));
    return nextAfter < nextEnd && following.frameAfter(nextAfter, nextEnd) != null ? -1 : q + 1;
  }

  private boolean startsLikeSentence(int offset) {
    char c = t.text().charAt(offset);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '[' || c == '…' || c == '.'
        || c == '\'' || c == '‘';
  }
}
