package dev.claimtrail.ledger;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.MoreExecutors;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The built indexes of a ledger as bytes, for a file format that stores them beside the records so
 * that opening the file reads them back in bulk instead of building them (claimtrail's snapshot,
 * {@code dev.claimtrail.io.LedgerSnapshot}). The bytes are arrays of ints, chars and bytes in a
 * layout private to this release; only a format that checksums them and refuses other versions
 * should keep them. {@link #open} trusts them for structure: it checks that they fit the records'
 * counts and are read to their end, not that they index those records, so bytes written for other
 * records give a ledger whose lookups are wrong.
 */
public final class IndexImage {
  private IndexImage() {}

  /**
   * {@return the indexes of {@code ledger} as bytes, for the records of each kind in ledger order}
   * A ledger of one segment with no replaced records, as one built once or opened from a file is,
   * gives the indexes it holds; any other has its live records indexed anew into one segment first.
   *
   * @param ledger the ledger whose indexes to write
   * @throws IllegalArgumentException if the indexes exceed 2 GiB
   */
  public static byte[] of(Ledger ledger) {
    checkNotNull(ledger, "ledger");
    Segment segment;
    if (ledger.parts.size() == 1 && ledger.parts.get(0).dead() == 0) {
      segment = ledger.parts.get(0).segment;
    } else if (ledger.parts.isEmpty()) {
      segment = new Segment(new Segment.Records(), MoreExecutors.directExecutor());
    } else {
      segment = Ledger.merge(ledger.parts, ForkJoinPool.commonPool()).segment;
    }
    ImageOutput out = new ImageOutput();
    segment.writeIndexesTo(out);
    return out.toByteArray();
  }

  /**
   * {@return the ledger of the given records, in ledger order, with the indexes {@link #of} wrote
   * for them read from {@code image}} The records are neither validated nor checked against each
   * other, and none is read here: the lists are kept, and a record is taken from its list when a
   * query or a listing first needs it, then kept by the ledger. So the lists must not change, and
   * their {@code get} must be safe to call from any thread (threads that ask for one record at once
   * may each call it) and give equal records each time: lists that decode records on demand from
   * stored bytes fit, which is what makes opening a stored ledger cost little more than reading its
   * bytes.
   *
   * @param speakers the speakers, in ledger order
   * @param outlets the outlets (sources), in ledger order
   * @param documents the documents, in ledger order
   * @param statements the statements, in ledger order
   * @param attributions the attributions, in ledger order
   * @param claims the claims, in ledger order
   * @param image the bytes of the indexes, from its position to its limit; its position is left
   *     past what was read, or where reading failed
   * @throws IllegalArgumentException if the image does not fit the records' counts, ends early, or
   *     has bytes left over; the message says what did not fit
   */
  public static Ledger open(List<Speaker> speakers, List<Outlet> outlets, List<Document> documents,
      List<Statement> statements, List<Attribution> attributions, List<Claim> claims, ByteBuffer image) {
    Segment.Records records = new Segment.Records(checkNotNull(speakers, "speakers"), checkNotNull(outlets, "outlets"),
        checkNotNull(documents, "documents"), checkNotNull(statements, "statements"),
        checkNotNull(attributions, "attributions"), checkNotNull(claims, "claims"));
    ImageInput in = new ImageInput(checkNotNull(image, "image"));
    Segment segment;
    try {
      segment = new Segment(records, in);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("the indexes end early", e);
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("the indexes refer past their own arrays: " + e.getMessage(), e);
    }
    if (!in.atEnd()) {
      throw new IllegalArgumentException("bytes follow the indexes");
    }
    return records.size() == 0 ? Ledger.empty() : new Ledger(ImmutableList.of(new Part(segment)));
  }
}
