package dev.claimtrail.bench.peer;

/** {@link PeersAgreement} on a corpus of 3 000 attributions, every probe asked. */
class PeersAgreeTest extends PeersAgreement {
  PeersAgreeTest() {
    super(3_000, 1);
  }
}
