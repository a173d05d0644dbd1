package dev.claimtrail.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Affiliation;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.query.Chain;
import dev.claimtrail.query.Quote;
import dev.claimtrail.query.Quotes;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The speaker steps of a query as a program outside the library calls them: names mean the speaker
 * so named, descriptions are a step of their own, intermediaries have a step, and ids are typed.
 */
class SpeakerStepsTest {
  private final Ledger ledger = ledger();

  @Test
  void aNameFindsTheSpeakerSoNamedNotSpeakersWhoseDescriptionMentionsIt() {
    assertEquals(List.of("quist"), speakerIds(ledger.quotes().by("Quist")));
    assertEquals(List.of("quist"), speakerIds(ledger.quotes().by("Mara Quist")));
    assertEquals(List.of("quist"), speakerIds(ledger.quotes().by("the Mayor of Riverton")));
  }

  @Test
  void describedAsAlsoFindsUnnamedSpeakersAndDescriptions() {
    assertEquals(List.of("quist", "aides", "fale"), speakerIds(ledger.quotes().describedAs("Quist")));
  }

  @Test
  void viaFindsWhatIsKnownThroughAnIntermediaryAtAnyDepth() {
    Quotes throughRadio = ledger.quotes().via("Harbor Radio");

    assertEquals(List.of("a-fale-via-radio", "a-quist-via-fale"), ids(throughRadio));
    assertEquals(ids(throughRadio), ledger.quotes().secondHand().chains().stream()
        .filter(chain -> chain.intermediaries().stream()
            .anyMatch(link -> link.speaker().name().equals("Harbor Radio")))
        .map(chain -> chain.quote().attribution().id().value())
        .collect(Collectors.toList()), "the same as filtering the chains by hand");
    assertEquals(List.of("a-quist-via-fale"), ids(ledger.quotes().via(SpeakerId.of("fale"))));
    assertEquals("ledger.quotes().via(\"Harbor Radio\")", throughRadio.toString());
  }

  @Test
  void idsAreTypedWhereverARecordIsNamed() {
    Attribution attribution = ledger.quotes().by("Quist").list().get(0).attribution();

    Chain chain = ledger.chain(attribution.id());

    assertEquals(chain.quote(), ledger.chain(attribution.id().value()).quote());
    assertEquals(1, ledger.quotes().of(attribution.statement()).count());
    assertEquals(ledger.quotes().in(DocumentId.of("report")).count(), ledger.quotes().in("report").count());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ledger.chain(AttributionId.of("a-missing")));
    assertTrue(e.getMessage().contains("a-missing"), e.getMessage());
  }

  private static List<String> speakerIds(Quotes quotes) {
    return quotes.stream().map(q -> q.attribution().speaker().value()).distinct().collect(Collectors.toList());
  }

  private static List<String> ids(Quotes quotes) {
    return quotes.stream().map(Quote::attribution).map(a -> a.id().value()).collect(Collectors.toList());
  }

  private static Ledger ledger() {
    Ledger.Builder b = Ledger.builder();
    b.add(Document.of(DocumentId.of("report")));
    b.add(Speaker.builder().id(SpeakerId.of("quist")).name("Mara Quist").kind(Speaker.Kind.PERSON)
        .addAlias("Quist").addAlias("the Mayor of Riverton").addAlias("the city's mayor").build());
    b.add(Speaker.builder().id(SpeakerId.of("fale")).name("Oren Fale").kind(Speaker.Kind.PERSON)
        .addAlias("a longtime ally of Mara Quist").build());
    b.add(Speaker.builder().id(SpeakerId.of("aides")).name("aides close to Quist").kind(Speaker.Kind.ANONYMOUS)
        .affiliation(Affiliation.of(SpeakerId.of("quist"), "close to")).build());
    b.add(Speaker.of(SpeakerId.of("radio"), "Harbor Radio", Speaker.Kind.MEDIA_OUTLET));
    statement(b, "s-budget", "the budget will pass");
    statement(b, "s-delay", "the vote will be delayed");
    statement(b, "s-rumour", "the budget is in trouble");
    statement(b, "s-report", "Fale told listeners the mayor expects a delay");
    b.add(attribution("a-quist", "s-budget", "quist").build());
    b.add(attribution("a-aides", "s-rumour", "aides").build());
    b.add(attribution("a-radio", "s-report", "radio").build());
    b.add(attribution("a-fale-via-radio", "s-report", "fale").via(AttributionId.of("a-radio")).build());
    b.add(attribution("a-quist-via-fale", "s-delay", "quist").via(AttributionId.of("a-fale-via-radio")).build());
    return b.build();
  }

  private static void statement(Ledger.Builder b, String id, String text) {
    b.add(Statement.of(StatementId.of(id), text, Statement.Kind.INDIRECT));
  }

  private static Attribution.Builder attribution(String id, String statement, String speaker) {
    return Attribution.builder().id(AttributionId.of(id)).statement(StatementId.of(statement))
        .speaker(SpeakerId.of(speaker)).document(DocumentId.of("report")).provenance(Provenance.curated("tests"));
  }
}
