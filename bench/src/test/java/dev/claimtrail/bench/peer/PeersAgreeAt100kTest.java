package dev.claimtrail.bench.peer;

/**
 * {@link PeersAgreement} on a corpus of 100 000 attributions, the smallest benchmarked size, where
 * popular speakers have timelines long enough for every difference of order to show; every eighth
 * probe of each kind is asked, which keeps the check to about a minute, most of it loading the peers.
 */
class PeersAgreeAt100kTest extends PeersAgreement {
  PeersAgreeAt100kTest() {
    super(100_000, 8);
  }
}
