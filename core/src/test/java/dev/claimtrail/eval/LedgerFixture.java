package dev.claimtrail.eval;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.util.function.Consumer;

/**
 * Builds small ledgers over one document for evaluation tests: statements are given by the words
 * they cover in the text, and their evidence is where those words first occur.
 */
final class LedgerFixture {
  static final String TEXT = "Mayor Ana Ruiz said on Monday, \"The bridge will reopen in May. "
      + "Nobody should doubt it.\" Ruiz added that repairs were on budget.\n"
      + "\"We are not convinced,\" the drivers' union wrote, \"and we will say so.\" "
      + "Officials said the costs were \"far too high.\" "
      + "The Daily Ledger reported that Ruiz had told staff the bridge was \"safe enough.\"";

  private final Ledger.Builder ledger = Ledger.builder();
  private final DocumentId document;
  private final String text;
  private final Provenance provenance;

  private LedgerFixture(String documentId, String text, Provenance provenance) {
    this.document = DocumentId.of(documentId);
    this.text = text;
    this.provenance = provenance;
    ledger.add(Document.builder().id(document).text(text).build());
  }

  /** A gold fixture over {@link #TEXT}. */
  static LedgerFixture gold() {
    return new LedgerFixture("doc", TEXT, Provenance.curated("annotator"));
  }

  /** A predicted fixture over {@link #TEXT}. */
  static LedgerFixture predicted() {
    return new LedgerFixture("doc", TEXT, Provenance.extracted("extractor", 0.9));
  }

  /** A fixture over another document. */
  static LedgerFixture of(String documentId, String text) {
    return new LedgerFixture(documentId, text, Provenance.curated("annotator"));
  }

  LedgerFixture speaker(String id, String name, Speaker.Kind kind, String... aliases) {
    ledger.add(Speaker.builder().id(SpeakerId.of(id)).name(name).kind(kind).addAliases(aliases).build());
    return this;
  }

  /** An attribution of the words {@code words} (one piece per evidence span) to {@code speaker}. */
  LedgerFixture statement(String id, String speaker, Statement.Kind kind, String... words) {
    return statement(id, speaker, kind, b -> { }, words);
  }

  /** Like {@link #statement(String, String, Statement.Kind, String...)}, with more set by {@code more}. */
  LedgerFixture statement(String id, String speaker, Statement.Kind kind,
      Consumer<Attribution.Builder> more, String... words) {
    Attribution.Builder attribution = new Attribution.Builder();
    attribution.id(AttributionId.of(id)).statement(StatementId.of(id)).speaker(SpeakerId.of(speaker))
        .document(document).provenance(provenance);
    int from = 0;
    for (String piece : words) {
      int start = text.indexOf(piece, from);
      if (start < 0) {
        throw new IllegalArgumentException("'" + piece + "' is not in the text after offset " + from);
      }
      attribution.addEvidence(Span.of(text, start, start + piece.length()));
      from = start + piece.length();
    }
    ledger.add(Statement.of(StatementId.of(id), String.join(" ", words), kind));
    more.accept(attribution);
    ledger.add(attribution.build());
    return this;
  }

  Ledger build() {
    return ledger.build();
  }
}
