package dev.claimtrail.ledger;

import java.nio.file.Path;

/**
 * Reads and writes whole ledgers in a file format. {@link Ledger#load(Path, LedgerCodec)} and
 * {@link Ledger#save(Path, LedgerCodec)} take the codec the caller picks; {@link Ledger#load(Path)}
 * and {@link Ledger#save(Path)} use the {@linkplain #standard() standard} one. claimtrail's JSON
 * codec lives in {@code dev.claimtrail.io}, which keeps this package free of I/O formats.
 */
public interface LedgerCodec {
  /**
   * {@return the standard codec: the first one registered with {@link java.util.ServiceLoader}
   * under this interface, which in claimtrail-core is {@code dev.claimtrail.io.FileLedgerCodec}
   * with its default executor} It is looked up once, on first use, and shared.
   *
   * @throws IllegalStateException if no codec is registered
   */
  static LedgerCodec standard() {
    return StandardCodec.get();
  }

  /**
   * Reads the ledger in {@code file}; throws an unchecked exception naming the file and place on error.
   *
   * @param file the file to read
   * @return the ledger, read whole and validated
   * @throws dev.claimtrail.ClaimtrailException if the file is not a valid ledger, naming the place
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  Ledger read(Path file);

  /**
   * Writes {@code ledger} to {@code file}, replacing it atomically.
   *
   * @param ledger the ledger to write
   * @param file the file to create or replace
   */
  void write(Ledger ledger, Path file);
}
