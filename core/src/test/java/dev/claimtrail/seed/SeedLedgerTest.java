package dev.claimtrail.seed;

import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curated ledger of the seed article ({@code seeds/000_3345cdc3c9b6cfd0.ledger.json}) is the
 * reference dataset of the project: these tests check that it loads and validates, that its evidence
 * agrees with the article text, and that it answers the questions the ledger exists for.
 */
class SeedLedgerTest {
  private static final String SEED = SeedFiles.SEED;
  private static final DocumentId ARTICLE = DocumentId.of("seed-3345cdc3c9b6cfd0");
  private static final Set<String> PRONOUNS = Set.of("He", "he", "She", "she", "who", "They", "they");

  private static Path seeds;
  private static Ledger ledger;
  private static JsonNode meta;
  private static String text;

  @BeforeAll
  static void loadSeedLedger() throws IOException {
    seeds = SeedFiles.directory();
    ledger = SeedFiles.ledger();
    meta = new ObjectMapper().readTree(seeds.resolve(SEED + ".meta.json").toFile());
    text = ledger.document(ARTICLE).flatMap(Document::text).orElseThrow();
  }

  @Test
  void articleTextIsTheSeedFileCharacterForCharacter() throws IOException {
    String file = Files.readString(seeds.resolve(SEED + ".txt"), StandardCharsets.UTF_8);
    assertEquals(file, text);
    Document article = ledger.document(ARTICLE).orElseThrow();
    assertEquals(Document.sha256(file), article.contentHash().orElseThrow());
    assertEquals(meta.get("sha256").asText(), article.contentHash().orElseThrow());
    assertEquals("en", article.language().orElseThrow());
    assertTrue(article.outlet().isEmpty(), "the article names no publisher");
    assertTrue(article.published().isEmpty(), "the article prints no date of its own");
  }

  @Test
  void metadataCountsAgreeWithTheLedger() {
    JsonNode counts = meta.get("counts");
    assertEquals(counts.get("speakers").asInt(), ledger.speakers().size());
    assertEquals(counts.get("sources").asInt(), ledger.outlets().size());
    assertEquals(counts.get("documents").asInt(), ledger.documents().size());
    assertEquals(counts.get("statements").asInt(), ledger.statements().size());
    assertEquals(counts.get("attributions").asInt(), ledger.attributions().size());
    assertEquals(counts.get("secondHandAttributions").asInt(),
        ledger.attributions().stream().filter(Attribution::isSecondHand).count());
    assertEquals(counts.get("claims").asInt(), ledger.claims().size());
    counts.get("statementsByKind").properties().forEach(e -> assertEquals(e.getValue().asInt(),
        ledger.statements().stream().filter(s -> s.kind().name().equals(e.getKey())).count(), e.getKey()));
  }

  @Test
  void everyEvidenceSpanSlicesTheArticleWithItsContext() {
    int spans = 0;
    for (Attribution a : ledger.attributions()) {
      for (Span span : a.evidence()) {
        assertEquals(ARTICLE, a.document(), a.id() + " has evidence in a document without text");
        assertTrue(span.slices(text), a.id() + ": " + span);
        assertEquals(Span.of(text, span.start(), span.end()), span, a.id() + ": prefix or suffix");
        spans++;
      }
    }
    assertTrue(spans >= ledger.attributions().size(), "spans: " + spans);
  }

  @Test
  void everyStatementTextIsItsEvidenceJoinedWithOneSpace() {
    for (Attribution a : ledger.attributions()) {
      if (a.evidence().isEmpty()) {
        assertTrue(a.document().value().startsWith("related-"), a.id() + " has no evidence");
        continue;
      }
      String joined = a.evidence().stream().map(Span::exact).collect(Collectors.joining(" "));
      assertEquals(statementOf(a).text(), joined.replaceAll("\\s+", " ").strip(), a.id().value());
    }
  }

  @Test
  void everySecondHandAttributionLiesInsideTheReportItGoesThrough() {
    List<Attribution> secondHand = ledger.attributions().stream()
        .filter(Attribution::isSecondHand).collect(toList());
    assertEquals(4, secondHand.size());
    for (Attribution inner : secondHand) {
      Attribution outer = ledger.attribution(inner.via().orElseThrow()).orElseThrow();
      assertEquals(outer.document(), inner.document(), inner.id().value());
      int from = outer.evidence().get(0).start();
      int to = outer.evidence().get(outer.evidence().size() - 1).end();
      inner.evidence().forEach(span -> assertTrue(from <= span.start() && span.end() <= to,
          inner.id() + " lies outside " + outer.id()));
    }
  }

  @Test
  void weMustSitDownAtTheNegotiatingTableIsLukashenkosInTheRussia1InterviewOfAugust18() {
    Attribution a = only(attributionsOfWords("We must sit down at the negotiating table"));
    assertEquals(SpeakerId.of("lukashenko"), a.speaker());
    assertEquals("Alexander Lukashenko", speakerOf(a).name());
    assertEquals(PartialDate.parse("2024-08-18"), a.said().orElseThrow().date());
    assertEquals(PartialDate.Precision.DAY, a.said().orElseThrow().date().precision());
    assertEquals("on Aug. 18", a.said().orElseThrow().phrase().orElseThrow());
    Setting setting = a.setting().orElseThrow();
    assertEquals(Setting.Kind.INTERVIEW, setting.kind());
    assertEquals(OutletId.of("russia-1"), setting.outlet().orElseThrow());
    assertEquals(Stance.WARNS, a.stance());
    assertEquals("warned", a.cue().orElseThrow());
    assertEquals(Statement.Kind.DIRECT_QUOTE, statementOf(a).kind());
    assertTrue(statementOf(a).text().contains("[the] Kursk region"), "insertion kept as printed");
    assertFalse(a.isSecondHand());
  }

  @Test
  void anyEngagementWithUkraineIsImpossibleIsPutinsAsRtReportsIt() {
    List<Attribution> found = attributionsOfWords("any engagement with Ukraine is impossible");
    Attribution putin = only(found.stream()
        .filter(a -> a.speaker().equals(SpeakerId.of("putin"))).collect(toList()));
    Attribution rt = ledger.attribution(putin.via().orElseThrow()).orElseThrow();
    assertEquals(SpeakerId.of("rt"), rt.speaker());
    assertEquals(OutletId.of("rt"), speakerOf(rt).outlet().orElseThrow());
    assertEquals("Russia Today", rt.speakerMention().orElseThrow());
    assertEquals(Stance.NOTES, rt.stance());
    assertEquals(ARTICLE, putin.document());
    assertTrue(found.contains(rt), "RT's quote carries the same words");
    assertEquals(Set.of("putin", "rt"), found.stream().map(a -> a.speaker().value()).collect(toSet()));
    Set<String> viaRt = ledger.attributions().stream()
        .filter(a -> a.via().map(rt.id()::equals).orElse(false))
        .map(a -> a.speaker().value()).collect(toSet());
    assertEquals(Set.of("russia", "putin"), viaRt);
  }

  @Test
  void theJohnsonClaimIsAssertedByRussiaDeniedByJohnsonAndConfirmedByZelenskysStaff() {
    Claim claim = ledger.claim(ClaimId.of("c-johnson-collapsed-2022-talks")).orElseThrow();
    assertTrue(claim.text().contains("Johnson") && claim.text().contains("2022"), claim.text());
    assertTrue(claim.reviews().isEmpty(), "the article reports no review");
    Map<ClaimStance.Position, Set<String>> stances = new EnumMap<>(ClaimStance.Position.class);
    for (Attribution a : ledger.attributions()) {
      for (ClaimStance s : a.claimStances()) {
        if (s.claim().equals(claim.id())) {
          stances.computeIfAbsent(s.position(), p -> new HashSet<>()).add(a.speaker().value());
        }
      }
    }
    assertEquals(Map.of(
        ClaimStance.Position.ASSERTS, Set.of("russia"),
        ClaimStance.Position.DENIES, Set.of("johnson"),
        ClaimStance.Position.CONFIRMS, Set.of("zelensky-staff")), stances);
    Speaker staff = ledger.speaker(SpeakerId.of("zelensky-staff")).orElseThrow();
    assertEquals(Speaker.Kind.ANONYMOUS, staff.kind());
    assertEquals(SpeakerId.of("zelensky"), staff.affiliation().orElseThrow().speaker());
  }

  @Test
  void kulebaMadeThreeStatementsInJuly2024() {
    LocalDate from = LocalDate.of(2024, 7, 1);
    LocalDate to = LocalDate.of(2024, 7, 31);
    Set<String> july = ledger.attributions().stream()
        .filter(a -> a.speaker().equals(SpeakerId.of("kuleba")))
        .filter(a -> a.said().map(t -> t.overlaps(from, to)).orElse(false))
        .map(a -> statementOf(a).text())
        .collect(toSet());
    assertEquals(3, july.size(), july.toString());
    assertTrue(july.stream().anyMatch(t -> t.startsWith("willing and ready for dialogue")));
    assertTrue(july.stream().anyMatch(t -> t.startsWith("I held detailed and thorough negotiations")
        && t.endsWith("this position was reciprocated.")), "the split post is one statement");
    assertTrue(july.stream().anyMatch(t -> t.startsWith("agreed that all forces must work together")));
    Role minister = only(ledger.speaker(SpeakerId.of("kuleba")).orElseThrow().roles());
    assertTrue(minister.heldAt(PartialDate.parse("2024-07")));
  }

  @Test
  void theArticleCitesRtAntiwarBreitbartAndBrighteon() {
    Document article = ledger.document(ARTICLE).orElseThrow();
    List<String> domains = article.cites().stream()
        .map(id -> ledger.outlet(id).orElseThrow().domains().get(0)).collect(toList());
    assertEquals(List.of("rt.com", "news.antiwar.com", "breitbart.com", "brighteon.com"), domains);
    List<String> printed = new ArrayList<>();
    meta.get("citedOutlets").get("printed").forEach(n -> printed.add(n.asText()));
    String sourcesInclude = text.substring(text.indexOf("Sources include:"));
    printed.forEach(p -> assertTrue(sourcesInclude.contains(p), p));
    assertEquals(printed, domains.stream().map(d -> printedName(d, printed)).collect(toList()));
    Outlet rt = ledger.outlet(OutletId.of("rt")).orElseThrow();
    assertTrue(rt.aliases().containsAll(List.of("Russia Today", "RT.com")), rt.aliases().toString());
    assertTrue(rt.ownership().orElseThrow().contains("state-owned"));
  }

  @Test
  void relatedStoriesAreTitledAsPrintedInTheArticle() {
    Document article = ledger.document(ARTICLE).orElseThrow();
    int titled = 0;
    for (DocumentId id : article.related()) {
      Document related = ledger.document(id).orElseThrow();
      if (related.title().isPresent()) {
        assertTrue(text.contains(related.title().get() + "."), related.title().get());
        titled++;
      }
    }
    assertEquals(6, titled);
    Attribution headline = only(ledger.attributions().stream()
        .filter(a -> a.document().equals(DocumentId.of("related-kuleba-changes-tune"))).collect(toList()));
    assertEquals("willing and ready", statementOf(headline).text());
    assertEquals(SpeakerId.of("kuleba"), headline.speaker());
  }

  @Test
  void speakerMentionsAreNamesOfTheirSpeakersOrPronouns() {
    for (Attribution a : ledger.attributions()) {
      String mention = a.speakerMention().orElseThrow(() -> new AssertionError(a.id() + " has no mention"));
      if (!PRONOUNS.contains(mention)) {
        assertTrue(speakerOf(a).names().contains(mention), a.id() + ": " + mention);
      }
      if (a.document().equals(ARTICLE)) {
        assertTrue(collapse(text).contains(mention), a.id() + ": " + mention);
      }
    }
  }

  @Test
  void everyQuotedPassageIsAttributedOrListedAsUnattributed() {
    Set<List<Integer>> attributed = ledger.attributions().stream()
        .filter(a -> statementOf(a).kind() != Statement.Kind.INDIRECT)
        .flatMap(a -> a.evidence().stream())
        .map(s -> List.of(s.start(), s.end())).collect(toSet());
    Set<List<Integer>> unattributed = new HashSet<>();
    meta.get("unattributedQuotes").forEach(q -> {
      unattributed.add(List.of(q.get("start").asInt(), q.get("end").asInt()));
      assertEquals(q.get("exact").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
    });
    List<List<Integer>> quoted = quotedPassages(text);
    assertEquals(quoted.size(), attributed.size() + unattributed.size());
    for (List<Integer> passage : quoted) {
      assertTrue(attributed.contains(passage) != unattributed.contains(passage),
          "quote " + text.substring(passage.get(0), passage.get(1)));
    }
  }

  @Test
  void datesAreReadRelativeToAugust2024WithThePrecisionTheTextGives() {
    assertSaid("the 2022 proposal", "2024-07", "last month");
    assertSaid("I set a goal that in November", "2024-07-15", "on July 15");
    assertSaid("he is in the process of organizing a second peace summit", "2024-07", "Last month");
    assertSaid("willing and ready for dialogue", "2024-07-24", "a July 24 visit");
    Attribution kuleba = only(attributionsOfWords("willing and ready for dialogue"));
    assertEquals(Setting.Kind.VISIT, kuleba.setting().orElseThrow().kind());
    assertEquals("top diplomats in Beijing", kuleba.addressee().orElseThrow());
    Attribution post = only(attributionsOfWords("I held detailed and thorough negotiations"));
    assertEquals(Setting.Kind.SOCIAL_MEDIA, post.setting().orElseThrow().kind());
    assertEquals("wrote on social media", post.cue().orElseThrow());
    assertEquals(2, post.evidence().size(), "a quote split by its reporting clause has two spans");
    Attribution advice = only(attributionsOfWords("keep fighting"));
    assertEquals(List.of("reportedly"), advice.hedges());
    Role primeMinister = only(ledger.speaker(SpeakerId.of("johnson")).orElseThrow().roles());
    assertTrue(primeMinister.heldAt(PartialDate.parse("2022")));
    assertFalse(primeMinister.heldAt(PartialDate.parse("2024-08")), "then-British Prime Minister");
  }

  @Test
  void theTimeSaidAndTheTimeTalkedAboutStaySeparate() {
    Attribution plan = only(attributionsOfWords("I set a goal that in November"));
    assertEquals(PartialDate.parse("2024-07-15"), plan.said().orElseThrow().date());
    assertEquals(PartialDate.parse("2024-11"), plan.eventTime().orElseThrow().date());
    Attribution accusation = only(ledger.attributions().stream()
        .filter(a -> a.speakerMention().equals(Optional.of("Moscow"))).collect(toList()));
    assertEquals(PartialDate.parse("2024-08"), accusation.eventTime().orElseThrow().date());
    assertEquals("during the Kursk incursion", accusation.eventTime().orElseThrow().phrase().orElseThrow());
    ledger.attributions().forEach(a -> a.eventTime().flatMap(TimeReference::phrase)
        .ifPresent(p -> assertTrue(text.contains(p), a.id() + ": " + p)));
  }

  @Test
  void namesAndDescriptionsInTheArticleNameOneSpeakerEach() {
    Map<String, Set<String>> speakersByName = new HashMap<>();
    ledger.speakers().forEach(s -> s.names().forEach(
        n -> speakersByName.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(s.id().value())));
    speakersByName.forEach((name, ids) -> assertEquals(1, ids.size(), name + " names " + ids));
    assertEquals(Set.of("putin"), speakersByName.get("the russian leader"));
    assertEquals(Set.of("lukashenko"), speakersByName.get("the close ally of russian president vladimir putin"));
    assertEquals(Set.of("johnson"), speakersByName.get("then-british prime minister boris johnson"));
    assertEquals(Set.of("rt"), speakersByName.get("the state-owned news outlet"));
    assertEquals(Set.of("kuleba"), speakersByName.get("the ukrainian minister"));
    assertEquals(Set.of("russia"), speakersByName.get("moscow"));
    assertEquals("Q7747", ledger.speaker(SpeakerId.of("putin")).orElseThrow().externalIds().get("wikidata"));
  }

  private static void assertSaid(String words, String date, String phrase) {
    Attribution a = only(attributionsOfWords(words));
    assertEquals(PartialDate.parse(date), a.said().orElseThrow().date(), words);
    assertEquals(phrase, a.said().orElseThrow().phrase().orElseThrow(), words);
  }

  /** The passages between pairs of straight quote marks, without a line break after the opening one. */
  private static List<List<Integer>> quotedPassages(String in) {
    List<List<Integer>> passages = new ArrayList<>();
    int open = in.indexOf('"');
    while (open >= 0) {
      int close = in.indexOf('"', open + 1);
      assertTrue(close > open, "unmatched quote mark at " + open);
      int start = open + 1;
      while (Character.isWhitespace(in.charAt(start))) {
        start++;
      }
      passages.add(List.of(start, close));
      open = in.indexOf('"', close + 1);
    }
    return passages;
  }

  private static String printedName(String domain, List<String> printed) {
    return printed.stream().filter(p -> p.toLowerCase(Locale.ROOT).equals(domain)).findFirst().orElseThrow();
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static List<Attribution> attributionsOfWords(String words) {
    return ledger.attributions().stream()
        .filter(a -> statementOf(a).text().contains(words)).collect(toList());
  }

  private static Statement statementOf(Attribution a) {
    return ledger.statement(a.statement()).orElseThrow();
  }

  private static Speaker speakerOf(Attribution a) {
    return ledger.speaker(a.speaker()).orElseThrow();
  }

  private static <T> T only(List<T> items) {
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }
}
