package dev.claimtrail.query;

import static com.google.common.base.Preconditions.checkNotNull;
import com.google.common.collect.ImmutableList;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who stands where on one or more claims: every attribution that asserts, denies, confirms or
 * disputes them, with its evidence, and the fact-checkers' reviews of the claims. Stands are
 * ordered by claim (in ledger order), then by position in the order of {@link
 * ClaimStance.Position}, then in ledger order. Immutable; {@link #toString()} prints each claim
 * with its stands and reviews.
 */
public final class Stands {
  private static final ClaimStance.Position[] POSITIONS = ClaimStance.Position.values();

  private final ImmutableList<Claim> claims;
  private final Results<Stand> stands;
  private final Results<Review> reviews;

  private Stands(List<Claim> claims, List<Stand> stands) {
    this.claims = ImmutableList.copyOf(claims);
    this.stands = new Results<>(stands, Stand.columns(true));
    List<Review> reviewed = new ArrayList<>();
    for (Claim c : claims) {
      c.reviews().forEach(r -> reviewed.add(new Review(c, r)));
    }
    this.reviews = new Results<>(reviewed, Review.columns());
  }

  /**
   * {@return the stands on the claim with the id {@code claim} in {@code view}, or else on every claim whose
   * text contains all the words of {@code claim} ("Johnson", "nuclear accident")}
   *
   * @param view the records to look in
   * @param claim the id of a claim, or words of its text
   */
  public static Stands on(LedgerView view, String claim) {
    checkNotNull(claim, "claim");
    return on(view, Quotes.claimsFor(view, claim));
  }

  /**
   * The stands on the claim with the id {@code claim} in {@code view}; none if there is no such
   * claim.
   *
   * @param view the ledger to read
   * @param claim the claim's id
   * @return the stands on that claim
   */
  public static Stands on(LedgerView view, ClaimId claim) {
    checkNotNull(claim, "claim");
    return on(view, view.claim(claim).map(List::of).orElse(List.of()));
  }

  private static Stands on(LedgerView view, List<Claim> claims) {
    List<Stand> stands = new ArrayList<>();
    for (Claim c : claims) {
      List<Stand> onClaim = new ArrayList<>();
      for (Attribution a : view.attributionsOn(c.id())) {
        Quote quote = Quote.of(view, a);
        for (ClaimStance stance : a.claimStances()) {
          if (stance.claim().equals(c.id())) {
            onClaim.add(new Stand(c, stance.position(), quote));
          }
        }
      }
      addByPosition(onClaim, stands);
    }
    return new Stands(claims, stands);
  }

  /** Adds {@code onClaim} to {@code stands} ordered by position, keeping their order within each. */
  private static void addByPosition(List<Stand> onClaim, List<Stand> stands) {
    for (ClaimStance.Position position : POSITIONS) {
      for (int i = 0; i < onClaim.size(); i++) {
        if (onClaim.get(i).position() == position) {
          stands.add(onClaim.get(i));
        }
      }
    }
  }

  /** {@return the claims, in ledger order} */
  public List<Claim> claims() {
    return claims;
  }

  /** {@return every stand} */
  public Results<Stand> all() {
    return stands;
  }

  /**
   * {@return the stands taking {@code position}, e.g. who denies the claims}
   *
   * @param position the position taken
   */
  public Results<Stand> taking(ClaimStance.Position position) {
    return stands.where(s -> s.position() == position);
  }

  /**
   * {@return the speakers taking {@code position}, without repeats, in the order of their stands}
   *
   * @param position the position taken
   */
  public List<Speaker> speakers(ClaimStance.Position position) {
    return taking(position).stream().map(Stand::speaker).distinct().collect(ImmutableList.toImmutableList());
  }

  /** {@return the reviews of the claims, claim by claim, each claim's in the order it lists them} */
  public Results<Review> reviews() {
    return reviews;
  }

  /** A line break, then each claim: its id and text, its stands, and its reviews. */
  @Override
  public String toString() {
    if (claims.isEmpty()) {
      return "\n(no claims)";
    }
    List<String> parts = new ArrayList<>();
    for (Claim claim : claims) {
      StringBuilder out = new StringBuilder("claim ").append(claim.id()).append(": ").append(claim.text()).append('\n');
      List<Stand> onClaim = stands.stream().filter(s -> s.claim().equals(claim)).collect(Collectors.toList());
      out.append(new Results<>(onClaim, Stand.columns(false)).format());
      out.append(claim.reviews().isEmpty() ? "\nno reviews" : "\nreviews:\n"
          + reviews.where(r -> r.claim().equals(claim)).format());
      parts.add(out.toString());
    }
    return "\n" + String.join("\n\n", parts);
  }
}
