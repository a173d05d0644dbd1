package dev.claimtrail.io.quotebank;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.ReadLimits;
import dev.claimtrail.io.imports.ImportLog;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.ledger.Ledger;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Imports Quotebank's quotation-centric JSON Lines: one quotation per line with the fields {@code
 * quoteID}, {@code quotation}, {@code speaker}, {@code qids}, {@code date}, {@code
 * numOccurrences}, {@code probas}, {@code urls} and {@code phase}. Each quotation becomes a
 * statement; each speaker candidate in {@code probas} a speaker (the top one with its Wikidata ids);
 * each URL a document published by the outlet of its host; and each pair of candidate and URL an
 * attribution whose provenance keeps the candidate's probability as its confidence. Quotebank's
 * speaker "None" is kept as one shared anonymous "unknown speaker". docs/import.md gives the mapping
 * field by field.
 *
 * <p>The input is read a line at a time with Jackson's streaming parser under the options' {@link
 * ReadLimits} (by default a line holds at most {@link ReadLimits#MAX_LINE_LENGTH} bytes), so memory
 * grows with the ledger being built, never with the file; files ending in {@code .gz} are
 * decompressed as they are read.
 * A bad line fails the import with a {@link LedgerFormatException} naming the file, line, column
 * and field, or, with {@link ImportOptions#skipAndReport(Path)}, is left out, counted and
 * reported. Blank lines are allowed and carry nothing.
 */
public final class Quotebank {

  private Quotebank() {}

  /**
   * Imports every line of {@code file}, failing on the first bad one.
   *
   * @param file the file to import
   * @return the ledger of every line
   * @throws LedgerFormatException at the first bad line, or if the file cannot be read
   */
  public static Ledger read(Path file) {
    return read(file, ImportOptions.strict()).ledger();
  }

  /**
   * Imports {@code file} as {@code options} say, and tells how many lines were imported and skipped.
   *
   * @param file the file to import
   * @param options whether a bad record fails the import or is skipped and reported
   * @return the ledger imported, with how many lines were imported and skipped
   * @throws LedgerFormatException if the input cannot be read, or, when {@code options} are strict, at the first bad record
   */
  public static ImportResult read(Path file, ImportOptions options) {
    checkNotNull(file, "file");
    checkNotNull(options, "options");
    String source = LedgerFormatException.sourceName(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, source, options);
    } catch (IOException e) {
      throw LedgerFormatException.of(source, "cannot read: " + e).causedBy(e);
    }
  }

  /**
   * Imports the lines of {@code in}, naming it {@code source} in problems, as {@code options} say.
   * The stream is read to its end and not closed.
   *
   * @param in the input to read to its end
   * @param source the name of the input in problems
   * @param options whether a bad record fails the import or is skipped and reported
   * @return the ledger imported, with how many lines were imported and skipped
   * @throws LedgerFormatException if the input cannot be read, or, when {@code options} are strict, at the first bad record
   */
  public static ImportResult read(InputStream in, String source, ImportOptions options) {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(options, "options");
    Lines lines = new Lines(in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16),
        source, options.readLimits().maxLineLength());
    LineParser parser = new LineParser(options.readLimits().jsonFactory(), source);
    LineImporter importer = new LineImporter(source);
    try (ImportLog log = ImportLog.open(options)) {
      while (true) {
        String line;
        try {
          line = lines.next();
        } catch (LedgerFormatException e) {
          log.skip(e);
          continue;
        }
        if (line == null) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          importer.add(parser.parse(line, lines.number()), lines.number());
          log.imported();
        } catch (LedgerFormatException e) {
          log.skip(e);
        }
      }
      return log.finish(importer.finish());
    } catch (IOException e) {
      throw LedgerFormatException.atLine(source, lines.number() + 1, "", "cannot read: " + e).causedBy(e);
    }
  }
}
