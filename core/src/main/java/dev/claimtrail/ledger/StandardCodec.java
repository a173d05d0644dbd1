package dev.claimtrail.ledger;

import static com.google.common.base.Verify.verifyNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.ServiceLoader;

/**
 * Finds {@link LedgerCodec#standard()} once. The lookup goes through {@link ServiceLoader} so that
 * this package names no format; it uses the class loader of {@link LedgerCodec}, which loaded
 * claimtrail-core and its registration, whatever the calling thread's context loader.
 */
final class StandardCodec {
  private static final Supplier<LedgerCodec> CODEC = Suppliers.memoize(StandardCodec::find);

  private StandardCodec() {}

  static LedgerCodec get() {
    return verifyNotNull(CODEC.get(), "standard codec");
  }

  private static LedgerCodec find() {
    return ServiceLoader.load(LedgerCodec.class, LedgerCodec.class.getClassLoader()).findFirst()
        .orElseThrow(() -> new IllegalStateException("no LedgerCodec registered: is claimtrail-core on the class path?"));
  }
}
