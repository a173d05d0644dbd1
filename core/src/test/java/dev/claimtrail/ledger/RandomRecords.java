package dev.claimtrail.ledger;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Batches of valid records drawn from small id pools, so that later batches replace records of
 * earlier ones, every reference resolves, and via chains never loop (an attribution only goes via
 * one with a smaller number). Each batch is added to the ledger built from the previous ones.
 */
final class RandomRecords {
  static final int SPEAKERS = 8;
  static final int SOURCES = 4;
  static final int DOCUMENTS = 8;
  static final int STATEMENTS = 14;
  static final int ATTRIBUTIONS = 40;
  static final int CLAIMS = 3;

  private static final String[] WORDS = {
    "we", "must", "sit", "down", "at", "the", "table", "talks", "peace", "war", "is", "impossible",
    "ready", "and", "willing", "for", "dialogue", "region", "a", "start"
  };
  private static final String[] NAMES = {"Alexander", "Lukashenko", "Dmytro", "Kuleba", "Boris", "Johnson", "Putin", "Wang"};

  private final Random random;
  private boolean first = true;
  private final java.util.TreeSet<Integer> created = new java.util.TreeSet<>();

  RandomRecords(long seed) {
    this.random = new Random(seed);
  }

  /**
   * One batch. The first holds every speaker, outlet, document, statement and claim; later ones
   * replace a few of them, drawn anew. Attributions draw their ids from a pool of {@value
   * #ATTRIBUTIONS}, so later ones often replace earlier ones.
   */
  List<Object> batch(int attributions) {
    int keep = first ? 1 : 6;
    first = false;
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < SOURCES; i++) {
      if (random.nextInt(keep) == 0) {
        out.add(source(i));
      }
    }
    for (int i = 0; i < SPEAKERS; i++) {
      if (random.nextInt(keep) == 0) {
        out.add(speaker(i));
      }
    }
    for (int i = 0; i < DOCUMENTS; i++) {
      if (random.nextInt(keep) == 0) {
        out.add(document(i));
      }
    }
    for (int i = 0; i < STATEMENTS; i++) {
      if (random.nextInt(keep) == 0) {
        out.add(statement(i));
      }
    }
    for (int i = 0; i < CLAIMS; i++) {
      if (random.nextInt(keep) == 0) {
        out.add(Claim.of(ClaimId.of("c" + i), "claim " + i + " " + word() + " " + word()));
      }
    }
    for (int i = 0; i < attributions; i++) {
      out.add(attribution(random.nextInt(ATTRIBUTIONS)));
    }
    return out;
  }

  /** Adds {@code records} to {@code builder}; all other records the batch refers to are in it. */
  static Ledger.Builder addAll(Ledger.Builder builder, List<Object> records) {
    for (Object record : records) {
      if (record instanceof Speaker) {
        builder.add((Speaker) record);
      } else if (record instanceof Outlet) {
        builder.add((Outlet) record);
      } else if (record instanceof Document) {
        builder.add((Document) record);
      } else if (record instanceof Statement) {
        builder.add((Statement) record);
      } else if (record instanceof Claim) {
        builder.add((Claim) record);
      } else {
        builder.add((Attribution) record);
      }
    }
    return builder;
  }

  private Speaker speaker(int i) {
    Speaker.Builder b = new Speaker.Builder();
    b.id(SpeakerId.of("p" + i)).name(NAMES[i % NAMES.length] + " " + NAMES[random.nextInt(NAMES.length)])
        .kind(Speaker.Kind.PERSON);
    if (random.nextBoolean()) {
      b.addAlias("the " + word() + " leader");
    }
    if (random.nextBoolean()) {
      b.addRole(Role.builder().title("Minister").organization("Country " + i)
          .start(PartialDate.ofYear(2020 + random.nextInt(3))).build());
    }
    return b.build();
  }

  private Outlet source(int i) {
    return Outlet.builder().id(OutletId.of("s" + i)).name("Outlet " + i + (random.nextBoolean() ? "" : " News"))
        .kind(Outlet.Kind.NEWS_SITE).addDomain("outlet" + i + ".example").build();
  }

  private Document document(int i) {
    Document.Builder b = new Document.Builder();
    b.id(DocumentId.of("d" + i));
    if (random.nextInt(4) > 0) {
      b.outlet(OutletId.of("s" + random.nextInt(SOURCES)));
    }
    if (random.nextBoolean()) {
      b.published(date());
    }
    return b.build();
  }

  private Statement statement(int i) {
    StringBuilder text = new StringBuilder();
    int words = 1 + random.nextInt(10);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(random.nextInt(8) == 0 ? " … " : " ");
      }
      text.append(random.nextInt(10) == 0 ? "[" + word() + "]" : word());
    }
    Statement.Kind kind = Statement.Kind.values()[random.nextInt(Statement.Kind.values().length)];
    return Statement.of(StatementId.of("t" + i), text.toString(), kind);
  }

  private Attribution attribution(int i) {
    Attribution.Builder b = new Attribution.Builder();
    b.id(AttributionId.of("a" + i))
        .statement(StatementId.of("t" + random.nextInt(STATEMENTS)))
        .speaker(SpeakerId.of("p" + random.nextInt(SPEAKERS)))
        .document(DocumentId.of("d" + random.nextInt(DOCUMENTS)))
        .stance(Stance.values()[random.nextInt(4)])
        .provenance(Provenance.curated("tests"));
    if (random.nextInt(3) > 0) {
      b.said(random.nextInt(5) == 0
          ? TimeReference.builder().date(PartialDate.ofMonth(2024, 1 + random.nextInt(6)))
              .until(PartialDate.ofMonth(2024, 7 + random.nextInt(6))).build()
          : TimeReference.of(date()));
    }
    List<Integer> earlier = new ArrayList<>(created.headSet(i));
    if (!earlier.isEmpty() && random.nextInt(3) == 0) {
      b.via(AttributionId.of("a" + earlier.get(random.nextInt(earlier.size()))));
    }
    created.add(i);
    if (random.nextInt(3) == 0) {
      b.addClaimStance(ClaimStance.of(ClaimId.of("c" + random.nextInt(CLAIMS)),
          ClaimStance.Position.values()[random.nextInt(ClaimStance.Position.values().length)]));
    }
    return b.build();
  }

  /** A random date in 2023–2025 known to the year, month or day. */
  PartialDate date() {
    int year = 2023 + random.nextInt(3);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
