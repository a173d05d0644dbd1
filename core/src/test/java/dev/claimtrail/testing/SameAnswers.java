package dev.claimtrail.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.time.LocalDate;

/**
 * Asserts that two ledgers answer every kind of question alike: who said each statement's text
 * (exactly and as a variant), each speaker's timeline, each via chain, the stances on each claim,
 * and every index lookup by id, time and name, asked with the ids and texts of the first ledger.
 */
public final class SameAnswers {
  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private SameAnswers() {}

  /** Asserts that {@code actual} answers as {@code expected} does, in the same order. */
  public static void assertSameAnswers(Ledger expected, Ledger actual) {
    for (Statement statement : expected.statements()) {
      String text = statement.text();
      assertEquals(expected.whoSaid(text).toCsv(), actual.whoSaid(text).toCsv(), text);
      assertEquals(expected.whoSaidExactly(text).toCsv(), actual.whoSaidExactly(text).toCsv(), text);
      assertEquals(expected.statementsResembling(text, 5), actual.statementsResembling(text, 5), text);
      assertEquals(expected.attributionsOf(statement.id()), actual.attributionsOf(statement.id()));
    }
    for (Speaker speaker : expected.speakers()) {
      assertEquals(expected.quotes().by(speaker.id()).timeline().toCsv(),
          actual.quotes().by(speaker.id()).timeline().toCsv(), speaker.id().value());
      assertEquals(expected.quotes().by(speaker.id()).between(FIRST_DAY, LAST_DAY).timeline().toCsv(),
          actual.quotes().by(speaker.id()).between(FIRST_DAY, LAST_DAY).timeline().toCsv(), speaker.id().value());
      assertEquals(expected.timelineOf(speaker.id(), FIRST_DAY, LAST_DAY),
          actual.timelineOf(speaker.id(), FIRST_DAY, LAST_DAY));
      assertEquals(expected.attributionsBy(speaker.id()), actual.attributionsBy(speaker.id()));
      assertEquals(expected.attributionsBySaidBetween(speaker.id(), FIRST_DAY, LAST_DAY),
          actual.attributionsBySaidBetween(speaker.id(), FIRST_DAY, LAST_DAY));
      assertEquals(expected.speakersNamed(speaker.name()), actual.speakersNamed(speaker.name()));
    }
    for (Attribution attribution : expected.attributions()) {
      assertEquals(expected.viaChain(attribution.id()), actual.viaChain(attribution.id()));
      assertEquals(expected.chain(attribution.id()).toString(), actual.chain(attribution.id()).toString());
      assertEquals(expected.attributionsVia(attribution.id()), actual.attributionsVia(attribution.id()));
      assertEquals(expected.attribution(attribution.id()), actual.attribution(attribution.id()));
    }
    for (Claim claim : expected.claims()) {
      assertEquals(expected.standsOn(claim.id()).all().toCsv(), actual.standsOn(claim.id()).all().toCsv());
      assertEquals(expected.attributionsOn(claim.id()), actual.attributionsOn(claim.id()));
    }
    for (Document document : expected.documents()) {
      assertEquals(expected.attributionsIn(document.id()), actual.attributionsIn(document.id()));
    }
    for (Outlet outlet : expected.outlets()) {
      assertEquals(expected.documentsOf(outlet.id()), actual.documentsOf(outlet.id()));
      assertEquals(expected.attributionsPublishedBy(outlet.id()), actual.attributionsPublishedBy(outlet.id()));
    }
    assertEquals(expected.attributionsSaidBetween(FIRST_DAY, LAST_DAY),
        actual.attributionsSaidBetween(FIRST_DAY, LAST_DAY));
    assertEquals(expected.counts().toString(), actual.counts().toString());
  }
}
