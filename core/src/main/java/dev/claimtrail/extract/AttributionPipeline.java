package dev.claimtrail.extract;

import dev.claimtrail.model.Statement;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the extractor's stages over one article, in order: the quote sieves that read the quote's
 * own sentence; reporting clauses without quote marks, which give indirect statements; the quote
 * sieves that read the statements around the quote; reporting clauses inside quotes, which give
 * attributions known through the quote; and last, statements are nested and given the occasions,
 * dates and stances their context states. Each stage runs on each candidate under a {@link
 * CandidateGuard}.
 */
final class AttributionPipeline {
  private final Article article;
  private final CandidateGuard guard;
  private final FindingBoard board;
  private final QuoteAttribution quoteAttribution;
  private final ReportedClauses reported;
  private final ApostropheQuoteRuns apostropheRuns;
  private final HeadlineColons headlines;
  private final ContextCarrying carrying;

  AttributionPipeline(Article article, SieveOrder sieves, CandidateGuard guard) {
    this.article = article;
    this.guard = guard;
    this.board = new FindingBoard(article.quotes());
    ReportingFrames frames = new ReportingFrames(article, board);
    StatementContext context = new StatementContext(article, board);
    FollowingClauses following = new FollowingClauses(article);
    ClauseEnds clauseEnds = new ClauseEnds(article, frames, following, context);
    this.quoteAttribution = new QuoteAttribution(article, board, frames, following, context, sieves);
    this.reported = new ReportedClauses(article, board, frames, context, clauseEnds);
    this.apostropheRuns = new ApostropheQuoteRuns(article, board, frames, context);
    this.headlines = new HeadlineColons(article, board, context);
    this.carrying = new ContextCarrying(article, board, context);
  }

  /** Runs every stage and returns the findings in text order. */
  List<Finding> run() {
    Sentences sentences = article.sentences();
    List<Quotes.Quote> quotes = article.quotes().all();
    for (String sieve : quoteAttribution.sentenceSieves()) {
      quoteAttribution.runSieve(sieve, guard);
    }
    for (int s = 0; s < sentences.count(); s++) {
      int start = sentences.start(s);
      int end = sentences.end(s);
      guard.run(() -> reported.reportedClauses(start, end, null, true));
    }
    guard.run(apostropheRuns::continueRuns);
    guard.run(headlines::find);
    for (String sieve : quoteAttribution.discourseSieves()) {
      quoteAttribution.runSieve(sieve, guard);
    }
    for (int q = 0; q < quotes.size(); q++) {
      Finding outer = board.byQuote[q];
      if (outer != null && outer.kind == Statement.Kind.DIRECT_QUOTE && outer.speaker != null) {
        Sentences inner = Sentences.split(article.tokens(), quotes.get(q).open() + 1,
            article.quotes().lastToken(q) + 1, null);
        for (int s = 0; s < inner.count(); s++) {
          int start = inner.start(s);
          int end = inner.end(s);
          guard.run(() -> reported.reportedClauses(start, end, outer, false));
        }
      }
    }
    board.findings.sort(Comparator.comparingInt(Finding::position));
    guard.run(carrying::nest);
    guard.run(carrying::carryContext);
    guard.run(carrying::dateByOccasion);
    guard.run(carrying::carryEchoes);
    return board.findings;
  }
}
