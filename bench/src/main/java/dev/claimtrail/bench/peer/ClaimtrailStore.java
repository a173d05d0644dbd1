package dev.claimtrail.bench.peer;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.query.Quote;
import dev.claimtrail.query.QuoteMatch;
import dev.claimtrail.query.Results;
import dev.claimtrail.query.Stand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * claimtrail answering the benchmark's questions through its public API, as a user would: {@link
 * Ledger#whoSaidExactly} and {@link Ledger#whoSaid}, {@link Ledger#quotes()}, {@link Ledger#chain}, {@link Ledger#standsOn}, and the
 * ledger's index lookups for the reports of one statement. Safe to share between threads, as the
 * ledger is.
 */
public final class ClaimtrailStore implements QuoteStore, VariantSearch {
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

  /**
   * Asks {@link Ledger#whoSaidExactly(String)}: the peers compare the printed text for equality, and
   * so does this lookup. The speakers' ids are read off the attributions, so the speaker records
   * are not looked up.
   */
  @Override
  public Set<String> whoSaid(String text) {
    Set<String> speakers = new HashSet<>();
    for (QuoteMatch match : ledger.whoSaidExactly(text)) {
      speakers.add(match.quote().attribution().speaker().value());
    }
    return speakers;
  }

  @Override
  public List<String> timeline(String speaker, LocalDate from, LocalDate to) {
    Results<Quote> timeline = ledger.quotes().by(SpeakerId.of(speaker)).between(from, to).timeline();
    List<String> ids = new ArrayList<>(timeline.size());
    for (int i = 0; i < timeline.size(); i++) {
      ids.add(timeline.get(i).attribution().id().value());
    }
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

  /**
   * Asks {@link Ledger#chain(String)}, whose links run from the outermost intermediary inward,
   * reading the speakers' ids off the attributions.
   */
  @Override
  public List<String> chain(String attribution) {
    List<String> speakers = new ArrayList<>();
    for (Quote link : ledger.chain(attribution).links()) {
      speakers.add(link.attribution().speaker().value());
    }
    Collections.reverse(speakers);
    return speakers;
  }

  /** Asks {@link Ledger#standsOn(String)}. */
  @Override
  public Set<String> stances(String claim) {
    Set<String> stances = new HashSet<>();
    for (Stand stand : ledger.standsOn(claim).all()) {
      Attribution attribution = stand.quote().attribution();
      stances.add(attribution.id() + " " + attribution.speaker() + " " + stand.position());
    }
    return stances;
  }

  /** Asks {@link Ledger#whoSaid(String)}: every match, best first. */
  @Override
  public Answer whoSaidVariant(String text) {
    Set<String> statements = new LinkedHashSet<>();
    Set<String> speakers = new LinkedHashSet<>();
    for (QuoteMatch match : ledger.whoSaid(text)) {
      statements.add(match.quote().attribution().statement().value());
      speakers.add(match.speaker().id().value());
    }
    return new Answer(List.copyOf(statements), speakers);
  }

  /** Nothing to release: the ledger lives on the heap. */
  @Override
  public void close() {}
}
