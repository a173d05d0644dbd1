package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Affiliation;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.net.URI;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns findings into model records: the document with its text and outlet, one statement and one
 * attribution per finding, the speakers they name (with roles, aliases and affiliations) and the
 * outlets that speak or host a setting. Ids are readable slugs, made unique within the ledger.
 */
final class LedgerAssembly {
  private final String text;
  private final String contentHash;
  private final DocumentId documentId;
  private final ArticleMetadata metadata;
  private final String agent;
  private final Ledger.Builder ledger = Ledger.builder();
  private final Map<Entity, SpeakerId> speakerIds = new IdentityHashMap<>();
  private final Map<Entity, OutletId> sourceIds = new IdentityHashMap<>();
  private final Set<String> usedIds = new HashSet<>();
  private final Map<Finding, AttributionId> attributionIds = new IdentityHashMap<>();

  /** Assembles the records of {@code text}, whose SHA-256 is {@code contentHash}. */
  LedgerAssembly(String text, String contentHash, DocumentId documentId, ArticleMetadata metadata,
      String agent) {
    this.text = text;
    this.contentHash = contentHash;
    this.documentId = documentId;
    this.metadata = metadata;
    this.agent = agent;
  }

  Ledger build(List<Finding> findings) {
    Document.Builder document = Document.builder();
    document.id(documentId).text(text).contentHash(contentHash);
    metadata.url().ifPresent(document::url);
    metadata.title().ifPresent(document::title);
    metadata.published().ifPresent(document::published);
    metadata.language().ifPresent(document::language);
    metadata.outlet().ifPresent(name -> document.outlet(publisher(name)));
    ledger.add(document.build());
    int n = 0;
    for (Finding f : findings) {
      if (f.speaker != null) {
        n++;
        attributionIds.put(f, AttributionId.of(documentId + "#a" + n));
      }
    }
    n = 0;
    for (Finding f : findings) {
      if (f.speaker == null) {
        continue;
      }
      n++;
      StatementId statementId = StatementId.of(documentId + "#s" + n);
      Statement.Builder statement = Statement.builder();
      List<int[]> printed = PrintedParts.of(text, f.parts);
      statement.id(statementId).text(statementText(printed)).kind(f.kind);
      metadata.language().ifPresent(statement::language);
      ledger.add(statement.build());
      ledger.add(attribution(f, statementId, printed));
    }
    return ledger.build();
  }

  /** The statement's printed parts joined by one space with white space collapsed, as quotes are cited. */
  private String statementText(List<int[]> printed) {
    StringBuilder out = new StringBuilder();
    for (int[] part : printed) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(text, part[0], part[1]);
    }
    return Tokens.collapseSpace(out.toString());
  }

  private Provenance provenance(Finding f) {
    double confidence = Math.max(0, Math.min(1, f.confidence));
    return f.rule == null ? Provenance.extracted(agent, confidence)
        : Provenance.extracted(agent, confidence, f.rule);
  }

  /** The attribution of {@code f}, its evidence the {@code printed} parts of its statement. */
  private Attribution attribution(Finding f, StatementId statementId, List<int[]> printed) {
    Attribution.Builder a = Attribution.builder();
    a.id(attributionIds.get(f))
        .statement(statementId)
        .speaker(speaker(verifyNotNull(f.speaker)))
        .document(documentId)
        .stance(f.stance)
        .provenance(provenance(f));
    if (f.mention != null) {
      a.speakerMention(Tokens.collapseSpace(f.mention));
    }
    if (f.mentionStart >= 0) {
      a.speakerMentionSpan(Span.of(text, f.mentionStart, f.mentionEnd));
    }
    if (f.cue != null) {
      a.cue(f.cue);
    }
    if (f.said != null) {
      a.said(f.said);
    }
    if (f.setting != null) {
      Setting.Builder setting = Setting.builder();
      setting.kind(f.setting.kind()).description(f.setting.description());
      if (f.setting.outlet() != null) {
        setting.outlet(source(f.setting.outlet()));
      }
      if (f.setting.place() != null) {
        setting.place(f.setting.place());
      }
      a.setting(setting.build());
    }
    if (f.addressee != null && !f.addressee.isBlank()) {
      a.addressee(Tokens.collapseSpace(f.addressee));
    }
    if (f.via != null && attributionIds.containsKey(f.via)) {
      a.via(attributionIds.get(f.via));
    }
    a.addAllHedges(f.hedges);
    for (int[] part : printed) {
      a.addEvidence(Span.of(text, part[0], part[1]));
    }
    return a.build();
  }

  private SpeakerId speaker(Entity e) {
    SpeakerId known = speakerIds.get(e);
    if (known != null) {
      return known;
    }
    SpeakerId id = SpeakerId.of(uniqueId(slug(e.name)));
    speakerIds.put(e, id);
    Speaker.Builder s = Speaker.builder();
    s.id(id).name(Tokens.collapseSpace(e.name)).kind(e.kind);
    for (String alias : e.aliases) {
      String clean = Tokens.collapseSpace(alias);
      if (!clean.equals(Tokens.collapseSpace(e.name))) {
        s.addAlias(clean);
      }
    }
    s.addAllRoles(e.roles);
    if (e.affiliation != null && e.affiliation != e) {
      s.affiliation(Affiliation.of(speaker(e.affiliation), verifyNotNull(e.relation)));
    }
    if (e.kind == Speaker.Kind.MEDIA_OUTLET) {
      s.outlet(source(e));
    }
    ledger.add(s.build());
    return id;
  }

  private OutletId source(Entity e) {
    OutletId known = sourceIds.get(e);
    if (known != null) {
      return known;
    }
    OutletId id = OutletId.of(uniqueId("source-" + slug(e.name)));
    sourceIds.put(e, id);
    Outlet.Builder s = Outlet.builder();
    s.id(id).name(Tokens.collapseSpace(e.name)).kind(e.outletKind);
    if (e.ownership != null) {
      s.ownership(e.ownership);
    }
    String lower = e.name.toLowerCase(Locale.ROOT);
    if (lower.indexOf('.') > 0 && lower.indexOf(' ') < 0) {
      s.addDomain(lower);
    }
    ledger.add(s.build());
    return id;
  }

  private OutletId publisher(String name) {
    OutletId id = OutletId.of(uniqueId("source-" + slug(name)));
    Outlet.Builder s = Outlet.builder();
    s.id(id).name(name).kind(Outlet.Kind.NEWS_SITE);
    metadata.url().flatMap(LedgerAssembly::host).ifPresent(s::addDomain);
    ledger.add(s.build());
    return id;
  }

  private static java.util.Optional<String> host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return java.util.Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return java.util.Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private String uniqueId(String base) {
    String id = base.isEmpty() ? "speaker" : base;
    int n = 2;
    String candidate = id;
    while (!usedIds.add(candidate)) {
      candidate = id + "-" + n++;
    }
    return candidate;
  }


  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < plain.length() && out.length() < 60; i++) {
      char c = plain.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        dash = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        dash = true;
      }
    }
    return out.toString();
  }
}
