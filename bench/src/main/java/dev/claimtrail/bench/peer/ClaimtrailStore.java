package dev.claimtrail.bench.peer;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.text.QuoteMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * claimtrail answering the benchmark's questions through its public API: a {@link Ledger} and its
 * queries. Safe to share between threads, as the ledger is.
 */
public final class ClaimtrailStore implements QuoteStore, VariantSearch {
  /** How many resembling statements a variant lookup checks with the matcher. */
  static final int CANDIDATES = 10;

  private final Ledger ledger;

  /** A store over {@code ledger}. */
  public ClaimtrailStore(Ledger ledger) {
    this.ledger = ledger;
  }

  /** The ledger asked. */
  public Ledger ledger() {
    return ledger;
  }

  @Override
  public String name() {
    return "claimtrail";
  }

  @Override
  public Set<String> whoSaid(String text) {
    Set<String> speakers = new HashSet<>();
    for (Statement statement : ledger.statementsResembling(text, CANDIDATES)) {
      if (statement.text().equals(text)) {
        addSpeakers(statement.id(), speakers);
      }
    }
    return speakers;
  }

  @Override
  public List<String> timeline(String speaker, LocalDate from, LocalDate to) {
    List<String> ids = new ArrayList<>();
    ledger.quotes().by(SpeakerId.of(speaker)).between(from.toString(), to.toString()).timeline()
        .forEach(quote -> ids.add(quote.attribution().id().value()));
    return ids;
  }

  @Override
  public FirstAppearance firstAppearance(String statement) {
    LocalDate first = null;
    Set<String> outlets = new HashSet<>();
    for (Attribution attribution : ledger.attributionsOf(StatementId.of(statement))) {
      Document document = ledger.document(attribution.document()).orElseThrow();
      document.outlet().ifPresent(outlet -> outlets.add(outlet.value()));
      if (document.published().isPresent()) {
        LocalDate day = document.published().get().firstDay();
        first = first == null || day.isBefore(first) ? day : first;
      }
    }
    return new FirstAppearance(first, outlets);
  }

  @Override
  public List<String> chain(String attribution) {
    List<String> speakers = new ArrayList<>();
    Optional<Attribution> current = ledger.attribution(AttributionId.of(attribution));
    while (current.isPresent()) {
      speakers.add(current.get().speaker().value());
      current = current.get().via().flatMap(ledger::attribution);
    }
    return speakers;
  }

  @Override
  public Set<String> stances(String claim) {
    ClaimId id = ClaimId.of(claim);
    Set<String> stances = new HashSet<>();
    for (Attribution attribution : ledger.attributionsOn(id)) {
      for (ClaimStance stance : attribution.claimStances()) {
        if (stance.claim().equals(id)) {
          stances.add(attribution.id() + " " + attribution.speaker() + " " + stance.position());
        }
      }
    }
    return stances;
  }

  @Override
  public Answer whoSaidVariant(String text) {
    List<String> statements = new ArrayList<>();
    Set<String> speakers = new LinkedHashSet<>();
    for (Statement statement : ledger.statementsResembling(text, CANDIDATES)) {
      if (QuoteMatcher.match(text, statement.text()).isPresent()) {
        statements.add(statement.id().value());
        addSpeakers(statement.id(), speakers);
      }
    }
    return new Answer(statements, speakers);
  }

  private void addSpeakers(StatementId statement, Set<String> speakers) {
    for (Attribution attribution : ledger.attributionsOf(statement)) {
      speakers.add(attribution.speaker().value());
    }
  }

  /** Nothing to release: the ledger lives on the heap. */
  @Override
  public void close() {}
}
