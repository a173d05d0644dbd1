package dev.claimtrail.graph;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The smallest sub-ledger that holds some attributions: them, the attributions they came via, and
 * every record those refer to, directly or through other records. Records keep ledger order.
 */
final class ReferenceClosure {
  private final Ledger ledger;
  private final Set<AttributionId> attributions = new LinkedHashSet<>();
  private final Set<SpeakerId> speakers = new LinkedHashSet<>();
  private final Set<StatementId> statements = new LinkedHashSet<>();
  private final Set<DocumentId> documents = new LinkedHashSet<>();
  private final Set<OutletId> sources = new LinkedHashSet<>();
  private final Set<ClaimId> claims = new LinkedHashSet<>();

  private ReferenceClosure(Ledger ledger) {
    this.ledger = ledger;
  }

  static Ledger of(Ledger ledger, Collection<AttributionId> chosen) {
    ReferenceClosure closure = new ReferenceClosure(ledger);
    chosen.forEach(closure::addAttribution);
    return closure.toLedger();
  }

  private void addAttribution(AttributionId chosen) {
    Attribution a = ledger.attribution(chosen).orElseThrow(() ->
        new IllegalArgumentException("no attribution '" + chosen + "' in the ledger"));
    while (a != null && attributions.add(a.id())) {
      statements.add(a.statement());
      addSpeaker(a.speaker());
      addDocument(a.document());
      a.setting().flatMap(s -> s.outlet()).ifPresent(sources::add);
      a.claimStances().stream().map(ClaimStance::claim).forEach(this::addClaim);
      a = a.via().flatMap(ledger::attribution).orElse(null);
    }
  }

  private void addSpeaker(SpeakerId id) {
    if (!speakers.add(id)) {
      return;
    }
    Speaker s = ledger.speaker(id).orElseThrow();
    s.affiliation().ifPresent(a -> addSpeaker(a.speaker()));
    s.outlet().ifPresent(sources::add);
  }

  private void addDocument(DocumentId first) {
    Deque<DocumentId> pending = new ArrayDeque<>();
    pending.add(first);
    while (!pending.isEmpty()) {
      DocumentId id = pending.remove();
      if (documents.add(id)) {
        Document d = ledger.document(id).orElseThrow();
        d.outlet().ifPresent(sources::add);
        sources.addAll(d.cites());
        pending.addAll(d.related());
      }
    }
  }

  private void addClaim(ClaimId id) {
    if (claims.add(id)) {
      Claim c = ledger.claim(id).orElseThrow();
      c.reviews().forEach(r -> r.reviewerSource().ifPresent(sources::add));
    }
  }

  private Ledger toLedger() {
    Ledger.Builder b = Ledger.builder();
    ledger.speakers().stream().filter(s -> speakers.contains(s.id())).forEach(b::add);
    ledger.outlets().stream().filter(s -> sources.contains(s.id())).forEach(b::add);
    ledger.documents().stream().filter(d -> documents.contains(d.id())).forEach(b::add);
    ledger.statements().stream().filter(s -> statements.contains(s.id())).forEach(b::add);
    ledger.attributions().stream().filter(a -> attributions.contains(a.id())).forEach(b::add);
    ledger.claims().stream().filter(c -> claims.contains(c.id())).forEach(b::add);
    return b.build();
  }
}
