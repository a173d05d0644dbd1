package dev.claimtrail.examples;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.query.Chain;
import dev.claimtrail.query.Results;
import java.nio.file.Path;

/**
 * Works with a ledger's records as values: lists what is known through an outlet with {@code
 * via}, opens one of those chains by its typed id, and corrects a speaker by copying it with one
 * field changed into a new snapshot, which leaves the first as it was. Run it from the root of the
 * checkout.
 */
public final class FollowAndCorrect {
  private FollowAndCorrect() {}

  /** Loads the seed ledger, follows the chains through RT and corrects one speaker's name. */
  public static void main(String[] args) {
    Ledger ledger = Ledger.load(Path.of("seeds/000_3345cdc3c9b6cfd0.ledger.json"));

    Results<Chain> throughRt = ledger.quotes().via("RT").chains();
    System.out.println(throughRt);
    AttributionId first = throughRt.get(0).quote().attribution().id();
    System.out.println("first chain: " + ledger.chain(first).path());

    Speaker kuleba = ledger.quotes().by("Kuleba").list().get(0).speaker();
    Ledger corrected = ledger.toBuilder().add(kuleba.withName("Dmytro Ivanovych Kuleba")).build();
    System.out.println("corrected: " + corrected.speaker(kuleba.id()).orElseThrow().name());
    System.out.println("original:  " + ledger.speaker(kuleba.id()).orElseThrow().name());
  }
}
