package dev.claimtrail.eval;

import dev.claimtrail.eval.QuoteDiff.Category;
import dev.claimtrail.eval.QuoteDiff.Marker;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import dev.claimtrail.text.QuoteText;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Scores a predicted ledger against a gold one, document by document.
 *
 * <p><b>Documents.</b> Every gold document is scored, or those asked for; its predicted
 * counterpart is the predicted document with the same id or, failing that, with the same content
 * hash (the same text, unless it is empty). Predicted documents without a gold counterpart are not scored. A gold document without a
 * counterpart has all its statements missed.
 *
 * <p><b>Statements.</b> The unit is an attribution (a statement as one document reports it). It is
 * a <em>quote</em> when its statement is a direct or partial quote, and <em>indirect</em>
 * otherwise; the two classes are matched and scored apart. A predicted attribution matches a gold
 * one of the same class and document when their evidence spans overlap in at least {@link
 * #MIN_OVERLAP} of the characters of the longer evidence (so each covers at least half of the
 * other; the spans of a split quote count together). When either side has no evidence they match
 * when their statement texts are equal once normalized ({@link QuoteText#normalize(String)}).
 * Pairs are formed greedily, best overlap first, each attribution in at most one pair.
 *
 * <p><b>Speakers</b> match when some name or alias of each is equal, ignoring case, punctuation
 * and a leading "the", or, when the gold speaker is a person, when the last words of their
 * preferred names agree ("Dr. Jane Roe" and "Roe"). <b>Dates</b> are right when the dates said
 * are equal, precision included (and range ends, if any); the date accuracy runs over gold
 * attributions with a date said, counting missed ones as wrong; a date is <em>explicit</em> when
 * its phrase names a month or holds a digit ("on March 3", "in June", not "last month" or "on
 * Thursday"). A <b>chain</b> is right when the predicted attribution has a via-link whose target's
 * speaker matches the speaker of the gold via-target; chain accuracy runs over gold attributions
 * with a via-link, counting missed ones as wrong. <b>Cues</b> are compared normalized, over matched
 * pairs whose gold side has one; <b>stances</b> over all matched pairs.
 *
 * <p>Stateless and thread-safe; the result is deterministic.
 */
public final class Evaluation {
  /** The least overlap ratio of evidence for a predicted statement to match a gold one. */
  public static final double MIN_OVERLAP = 0.5;

  private static final Comparator<QuoteDiff> TEXT_ORDER =
      Comparator.comparingInt(Evaluation::position);

  private Evaluation() {}

  /**
   * Compares {@code predicted} with {@code gold} over every gold document.
   *
   * @param gold the hand-made ledger taken as right
   * @param predicted the ledger to score, such as an extractor's
   * @return the scores and the statement-by-statement differences
   */
  public static EvaluationReport compare(Ledger gold, Ledger predicted) {
    return compare(gold, predicted, gold.documents().stream().map(Document::id).toList());
  }

  /**
   * Compares {@code predicted} with {@code gold} over the given gold documents only, e.g. an
   * article without the related-story documents its gold ledger also holds. Throws {@link
   * IllegalArgumentException} naming an id that is not a gold document.
   *
   * @param gold the hand-made ledger taken as right
   * @param predicted the ledger to score, such as an extractor's
   * @param goldDocuments the documents of {@code gold} to score, the others left out
   * @return the scores and the statement-by-statement differences
   * @throws IllegalArgumentException if an id of {@code goldDocuments} is not a document of {@code gold}
   */
  public static EvaluationReport compare(Ledger gold, Ledger predicted, Collection<DocumentId> goldDocuments) {
    Comparison comparison = new Comparison(gold, predicted);
    for (DocumentId id : goldDocuments) {
      comparison.compareDocument(gold.document(id).orElseThrow(() ->
          new IllegalArgumentException("document '" + id + "' is not in the gold ledger")));
    }
    return comparison.report();
  }

  /**
   * Whether {@code phrase} names a calendar date rather than a relative one: it holds a digit or a
   * word that is a month name or its abbreviation of at least three letters.
   */
  static boolean isExplicitDatePhrase(String phrase) {
    for (String word : QuoteText.normalize(phrase).split(" ")) {
      if (word.chars().anyMatch(Character::isDigit)) {
        return true;
      }
      if (word.length() >= 3 && Arrays.stream(Month.values())
          .anyMatch(m -> m.name().toLowerCase(Locale.ROOT).startsWith(word))) {
        return true;
      }
    }
    return false;
  }

  private static int position(QuoteDiff diff) {
    OptionalInt offset = diff.gold().or(diff::predicted).orElseThrow().offset();
    return offset.isPresent() ? offset.getAsInt() : Integer.MAX_VALUE;
  }

  private static Category categoryOf(Statement statement) {
    return statement.kind() == Statement.Kind.INDIRECT ? Category.INDIRECT : Category.QUOTE;
  }

  /** The running counts of one comparison. */
  private static final class Comparison {
    private final Ledger gold;
    private final Ledger predicted;
    private Score quotes = Score.zero();
    private Score indirect = Score.zero();
    private Accuracy quoteSpeakers = Accuracy.zero();
    private Accuracy indirectSpeakers = Accuracy.zero();
    private Accuracy quoteKinds = Accuracy.zero();
    private Accuracy dates = Accuracy.zero();
    private Accuracy explicitDates = Accuracy.zero();
    private Accuracy chains = Accuracy.zero();
    private Accuracy cues = Accuracy.zero();
    private Accuracy stances = Accuracy.zero();
    private int documents;
    private final List<QuoteDiff> diffs = new ArrayList<>();

    Comparison(Ledger gold, Ledger predicted) {
      this.gold = gold;
      this.predicted = predicted;
    }

    void compareDocument(Document goldDocument) {
      List<Attribution> goldAttributions = attributionsIn(gold, goldDocument.id());
      List<Attribution> predictedAttributions = counterpart(goldDocument)
          .map(d -> attributionsIn(predicted, d.id())).orElse(List.of());
      List<QuoteDiff> documentDiffs = new ArrayList<>();
      for (Category category : Category.values()) {
        documentDiffs.addAll(compareClass(goldDocument.id(), category,
            ofCategory(gold, goldAttributions, category), ofCategory(predicted, predictedAttributions, category)));
      }
      documentDiffs.sort(TEXT_ORDER);
      diffs.addAll(documentDiffs);
      documents++;
    }

    EvaluationReport report() {
      return EvaluationReport.builder().documents(documents).quotes(quotes).indirect(indirect)
          .quoteSpeakers(quoteSpeakers).indirectSpeakers(indirectSpeakers).quoteKinds(quoteKinds)
          .dates(dates).explicitDates(explicitDates).chains(chains).cues(cues).stances(stances)
          .addAllDiffs(diffs).build();
    }

    private Optional<Document> counterpart(Document goldDocument) {
      if (goldDocument.text().map(String::isEmpty).orElse(false)) {
        return predicted.document(goldDocument.id());
      }
      return predicted.document(goldDocument.id()).or(() -> predicted.documents().stream()
          .filter(d -> d.contentHash().isPresent() && d.contentHash().equals(goldDocument.contentHash()))
          .findFirst());
    }

    private static List<Attribution> attributionsIn(Ledger ledger, DocumentId document) {
      return ledger.attributions().stream().filter(a -> a.document().equals(document)).toList();
    }

    private static List<Attribution> ofCategory(Ledger ledger, List<Attribution> attributions, Category category) {
      return attributions.stream().filter(a -> categoryOf(statementOf(ledger, a)) == category).toList();
    }

    private List<QuoteDiff> compareClass(
        DocumentId document, Category category, List<Attribution> golds, List<Attribution> predictions) {
      Pairing pairing = Pairing.of(golds, predictions, (g, p) -> similarity(g, p));
      List<QuoteDiff> out = new ArrayList<>();
      for (int g = 0; g < golds.size(); g++) {
        Attribution goldAttribution = golds.get(g);
        int p = pairing.partnerOfGold(g);
        if (p < 0) {
          out.add(missed(document, category, goldAttribution));
        } else {
          out.add(matched(document, category, goldAttribution, predictions.get(p)));
        }
      }
      for (int p = 0; p < predictions.size(); p++) {
        if (!pairing.isPaired(p)) {
          out.add(QuoteDiff.builder().document(document).category(category)
              .predicted(reported(predicted, predictions.get(p))).addMarkers(Marker.SPURIOUS).build());
        }
      }
      Score score = Score.of(pairing.pairs(), predictions.size() - pairing.pairs(), golds.size() - pairing.pairs());
      if (category == Category.QUOTE) {
        quotes = quotes.plus(score);
      } else {
        indirect = indirect.plus(score);
      }
      return out;
    }

    private double similarity(Attribution goldAttribution, Attribution predictedAttribution) {
      if (goldAttribution.evidence().isEmpty() || predictedAttribution.evidence().isEmpty()) {
        return statementOf(gold, goldAttribution).normalized()
            .equals(statementOf(predicted, predictedAttribution).normalized()) ? 1 : 0;
      }
      return EvidenceOverlap.ratio(goldAttribution.evidence(), predictedAttribution.evidence());
    }

    private QuoteDiff missed(DocumentId document, Category category, Attribution goldAttribution) {
      goldAttribution.said().ifPresent(said -> countDate(said, false));
      if (goldAttribution.via().isPresent()) {
        chains = chains.plus(Accuracy.of(0, 1));
      }
      return QuoteDiff.builder().document(document).category(category)
          .gold(reported(gold, goldAttribution)).addMarkers(Marker.MISSED).build();
    }

    private QuoteDiff matched(DocumentId document, Category category, Attribution g, Attribution p) {
      Set<Marker> markers = EnumSet.noneOf(Marker.class);
      Statement goldStatement = statementOf(gold, g);
      Statement predictedStatement = statementOf(predicted, p);

      boolean speakerRight = SpeakerNames.match(speakerOf(gold, g), speakerOf(predicted, p));
      mark(markers, speakerRight, Marker.WRONG_SPEAKER);
      if (category == Category.QUOTE) {
        quoteSpeakers = quoteSpeakers.plus(Accuracy.of(speakerRight ? 1 : 0, 1));
        boolean kindRight = goldStatement.kind() == predictedStatement.kind();
        quoteKinds = quoteKinds.plus(Accuracy.of(kindRight ? 1 : 0, 1));
        mark(markers, kindRight, Marker.WRONG_KIND);
      } else {
        indirectSpeakers = indirectSpeakers.plus(Accuracy.of(speakerRight ? 1 : 0, 1));
      }

      boolean dateRight = sameTime(g.said(), p.said());
      g.said().ifPresent(said -> countDate(said, dateRight));
      mark(markers, dateRight, Marker.WRONG_DATE);

      boolean viaRight = g.via().isPresent() == p.via().isPresent()
          && (g.via().isEmpty() || SpeakerNames.match(viaSpeaker(gold, g).orElseThrow(), viaSpeaker(predicted, p).orElseThrow()));
      if (g.via().isPresent()) {
        chains = chains.plus(Accuracy.of(viaRight ? 1 : 0, 1));
      }
      mark(markers, viaRight, Marker.WRONG_VIA);

      if (g.cue().isPresent()) {
        boolean cueRight = p.cue().map(SpeakerNames::key).equals(g.cue().map(SpeakerNames::key));
        cues = cues.plus(Accuracy.of(cueRight ? 1 : 0, 1));
        mark(markers, cueRight, Marker.WRONG_CUE);
      }
      boolean stanceRight = g.stance() == p.stance();
      stances = stances.plus(Accuracy.of(stanceRight ? 1 : 0, 1));
      mark(markers, stanceRight, Marker.WRONG_STANCE);

      mark(markers, goldStatement.normalized().equals(predictedStatement.normalized()), Marker.TEXT_DIFFERS);
      return QuoteDiff.builder().document(document).category(category)
          .gold(reported(gold, g)).predicted(reported(predicted, p)).addAllMarkers(markers).build();
    }

    private static void mark(Set<Marker> markers, boolean right, Marker marker) {
      if (!right) {
        markers.add(marker);
      }
    }

    private void countDate(TimeReference said, boolean right) {
      Accuracy one = Accuracy.of(right ? 1 : 0, 1);
      dates = dates.plus(one);
      if (said.phrase().map(Evaluation::isExplicitDatePhrase).orElse(false)) {
        explicitDates = explicitDates.plus(one);
      }
    }

    private static boolean sameTime(Optional<TimeReference> a, Optional<TimeReference> b) {
      return a.isPresent() == b.isPresent() && (a.isEmpty()
          || (a.get().date().equals(b.get().date()) && a.get().until().equals(b.get().until())));
    }

    private static Statement statementOf(Ledger ledger, Attribution a) {
      return ledger.statement(a.statement()).orElseThrow();
    }

    private static Speaker speakerOf(Ledger ledger, Attribution a) {
      return ledger.speaker(a.speaker()).orElseThrow();
    }

    private static Optional<Speaker> viaSpeaker(Ledger ledger, Attribution a) {
      return a.via().flatMap(ledger::attribution).map(v -> speakerOf(ledger, v));
    }

    private static ReportedStatement reported(Ledger ledger, Attribution a) {
      Statement statement = statementOf(ledger, a);
      return ReportedStatement.builder()
          .attribution(a.id())
          .text(statement.text())
          .kind(statement.kind())
          .speaker(speakerOf(ledger, a).name())
          .said(a.said().map(TimeReference::date))
          .saidUntil(a.said().flatMap(TimeReference::until))
          .via(viaSpeaker(ledger, a).map(Speaker::name))
          .cue(a.cue())
          .stance(a.stance())
          .offset(a.evidence().isEmpty() ? OptionalInt.empty() : OptionalInt.of(a.evidence().get(0).start()))
          .build();
    }
  }
}
