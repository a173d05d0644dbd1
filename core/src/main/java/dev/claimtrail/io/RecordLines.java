package dev.claimtrail.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The record lines of a JSON Lines ledger, parsed in batches on a thread of their own while the
 * reading thread reads the lines that follow and adds the parsed records to the ledger's records
 * in file order. The problem reported is always that of the first line at fault, whichever thread
 * found it: a batch keeps the records it parsed before its problem, and {@link #finish} parses and
 * adds every line added before a problem of reading the next one is reported. Input of less than
 * one batch is parsed on the reading thread alone. One per input; not thread-safe.
 */
final class RecordLines implements AutoCloseable {
  /** How many lines a batch holds. */
  static final int BATCH_LINES = 512;
  /** How many batches may wait to be added, bounding the memory held ahead of the reading thread. */
  private static final int BATCHES_AHEAD = 4;

  private final String source;
  private final LedgerRecords records;
  /** Used by one thread at a time: the parsing thread, or this one once every batch is back. */
  private final RecordReader reader;
  private final ArrayDeque<Future<Batch>> parsing = new ArrayDeque<>();
  private ExecutorService parser;
  private Batch filling = new Batch();

  RecordLines(String source, LedgerRecords records) {
    this.source = source;
    this.records = records;
    this.reader = new RecordReader(source);
  }

  /** Adds the line {@code lines} read last, to be parsed as one record. */
  void add(LineReader lines) {
    filling.add(lines.bytes(), lines.length(), lines.number());
    if (filling.count == BATCH_LINES) {
      Batch full = filling;
      filling = new Batch();
      if (parser == null) {
        parser = Executors.newSingleThreadExecutor(RecordLines::parsingThread);
      }
      parsing.add(parser.submit(() -> full.parse(source, reader)));
      while (parsing.size() > BATCHES_AHEAD) {
        addParsed(await(parsing.poll()));
      }
    }
  }

  /**
   * Parses every line added and adds its record, in file order; throws for the first line at fault.
   * Call it at the end of the input, and before reporting a problem of a line read after them.
   */
  void finish() {
    while (!parsing.isEmpty()) {
      addParsed(await(parsing.poll()));
    }
    Batch last = filling;
    filling = new Batch();
    addParsed(last.parse(source, reader));
  }

  /** Stops the parsing thread. */
  @Override
  public void close() {
    if (parser != null) {
      parser.shutdownNow();
    }
  }

  private static Thread parsingThread(Runnable task) {
    Thread thread = new Thread(task, "claimtrail-record-lines");
    thread.setDaemon(true);
    return thread;
  }

  private Batch await(Future<Batch> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while reading " + source);
      interrupted.initCause(e);
      throw new UncheckedIOException(interrupted);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException problem) {
        throw problem;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void addParsed(Batch batch) {
    for (int i = 0; i < batch.parsed; i++) {
      records.add(batch.sections[i], batch.records[i], new LedgerRecords.Place(batch.numbers[i], 1),
          batch.sections[i].tag);
    }
    if (batch.problem != null) {
      throw batch.problem;
    }
  }

  /** Lines held end to end, with each one's number, and once parsed, their records. */
  private static final class Batch {
    private byte[] bytes = new byte[1 << 15];
    private int used;
    private final int[] ends = new int[BATCH_LINES];
    private final long[] numbers = new long[BATCH_LINES];
    private int count;
    private final Section[] sections = new Section[BATCH_LINES];
    private final Object[] records = new Object[BATCH_LINES];
    /** How many lines, from the first, were parsed into records. */
    private int parsed;
    /** The problem of the line after those parsed, if any. */
    private LedgerFormatException problem;

    void add(byte[] line, int length, long number) {
      if (used + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(used + length, 2 * bytes.length));
      }
      System.arraycopy(line, 0, bytes, used, length);
      used += length;
      ends[count] = used;
      numbers[count++] = number;
    }

    /** Parses the lines in order up to the first at fault; returns this batch. */
    Batch parse(String source, RecordReader reader) {
      for (int i = 0; i < count; i++) {
        try {
          parseLine(i, source, reader);
        } catch (LedgerFormatException e) {
          problem = e;
          return this;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        parsed = i + 1;
      }
      return this;
    }

    /**
     * Parses line {@code i} from its bytes; when that fails, parses it again from its text, where
     * Jackson's columns count characters, to report the problem.
     */
    private void parseLine(int i, String source, RecordReader reader) throws IOException {
      int start = i == 0 ? 0 : ends[i - 1];
      int length = ends[i] - start;
      LedgerRecords.Place place = new LedgerRecords.Place(numbers[i], 1);
      // A first byte then a zero byte would be taken for UTF-16 by the byte parser's encoding detection.
      if (bytes[start] == '{' && (length == 1 || bytes[start + 1] != 0)) {
        try (JsonParser p = JsonMapping.MAPPER.getFactory().createParser(bytes, start, length)) {
          Section section = recordSection(p, source);
          Object record = reader.read(p, section, place, "");
          if (p.nextToken() == null) {
            sections[i] = section;
            records[i] = record;
            return;
          }
        } catch (JacksonException | LedgerFormatException e) {
          // Reported from the text below.
        }
      }
      String text = new String(bytes, start, length, StandardCharsets.UTF_8);
      try (JsonParser p = JsonMapping.MAPPER.getFactory().createParser(text)) {
        sections[i] = recordSection(p, source);
        records[i] = reader.read(p, sections[i], place, "");
        LedgerJson.expect(p, source, p.nextToken() == null, "", "unexpected content after the record");
      } catch (JacksonException e) {
        throw LedgerFormatException.of(source, e).onLine(source, numbers[i]);
      } catch (LedgerFormatException e) {
        throw e.onLine(source, numbers[i]);
      }
    }

    private static Section recordSection(JsonParser p, String source) throws IOException {
      LedgerJson.expect(p, source, p.nextToken() == JsonToken.START_OBJECT, "", "expected a record object");
      LedgerJson.expect(p, source, p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("type"), "",
          "expected \"type\" as the first field of the record");
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        throw LedgerFormatException.at(source, p.currentTokenLocation(), "type",
            "expected the record type as a string, found " + LedgerJson.shown(p));
      }
      String tag = p.getText();
      return Section.byTag(tag).orElseThrow(() -> LedgerFormatException.at(source, p.currentTokenLocation(),
          "type", "unknown record type \"" + tag + "\""));
    }
  }
}
