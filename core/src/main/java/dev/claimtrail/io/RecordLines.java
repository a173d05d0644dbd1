package dev.claimtrail.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.google.common.util.concurrent.MoreExecutors;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * The record lines of a JSON Lines ledger, parsed in batches on a thread of their own while the
 * reading thread reads the lines that follow and adds the parsed records to the ledger's records
 * in file order. The problem reported is always that of the first line at fault, whichever thread
 * found it: a batch keeps the records it parsed before its problem, and {@link #finish} parses and
 * adds every line added before a problem of reading the next one is reported. Input of less than
 * one batch is parsed on the reading thread alone. A batch whose records were added is filled again
 * with the lines that follow, so reading makes no new buffers after the first few batches. Batches
 * are parsed one at a time, in order, on the executor given, or else on a thread of its own started
 * at the first full batch and stopped by {@link #close}. One per input; not thread-safe.
 */
final class RecordLines implements AutoCloseable {
  /** The most lines a batch holds. */
  static final int BATCH_LINES = 512;
  /**
   * The bytes of lines after which a batch is parsed even with fewer than {@link #BATCH_LINES}
   * lines, so that a batch of long lines stays far below the 2 GiB an array can hold.
   */
  static final int BATCH_BYTES = 1 << 23;
  /** How many batches may wait to be added, bounding the memory held ahead of the reading thread. */
  private static final int BATCHES_AHEAD = 4;
  /**
   * Parses the lines first: its parser leaves repeated field names to {@link RecordReader}, which
   * refuses them without the set of names Jackson makes for each object; a line refused is parsed
   * again by itself with the ledger's own parser, which reports its problem.
   */
  private final JsonFactory firstParse;
  /** The ledger's own parser with the limits, which reports the problem of a line the first parse refused. */
  private final JsonFactory ownParse;

  private final String source;
  private final LedgerRecords records;
  /** Used by one thread at a time: the parsing thread, or this one once every batch is back. */
  private final RecordReader reader;
  private final ArrayDeque<Future<Batch>> parsing = new ArrayDeque<>();
  /** Batches added and emptied, kept to be filled again rather than made anew. */
  private final ArrayDeque<Batch> spare = new ArrayDeque<>();
  /** Runs the parsing tasks one at a time, in order; null until the first full batch without an executor. */
  private @Nullable Executor parser;
  /** The thread this instance started for want of an executor, if it did. */
  private @Nullable ExecutorService ownThread;
  private Batch filling = new Batch();

  /** Lines parsed on a thread of their own, started when the input is long enough to need it. */
  RecordLines(String source, LedgerRecords records, ReadLimits limits) {
    this.source = source;
    this.records = records;
    this.reader = new RecordReader(source, limits);
    this.ownParse = limits.jsonFactory();
    this.firstParse = ownParse.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /** Lines parsed by tasks on {@code executor}, one at a time. */
  RecordLines(String source, LedgerRecords records, ReadLimits limits, Executor executor) {
    this(source, records, limits);
    this.parser = MoreExecutors.newSequentialExecutor(executor);
  }

  /** Adds the line {@code lines} read last, to be parsed as one record. */
  void add(LineReader lines) {
    filling.add(lines.bytes(), lines.length(), lines.number());
    if (filling.count == BATCH_LINES || filling.used >= BATCH_BYTES) {
      Batch full = filling;
      filling = emptyBatch();
      if (parser == null) {
        ownThread = Executors.newSingleThreadExecutor(RecordLines::parsingThread);
        parser = ownThread;
      }
      FutureTask<Batch> parse = new FutureTask<>(() -> full.parse(source, reader, firstParse, ownParse));
      parser.execute(parse);
      parsing.add(parse);
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
    filling = emptyBatch();
    addParsed(last.parse(source, reader, firstParse, ownParse));
  }

  /** Cancels the parsing not yet awaited, and stops the thread of its own if it started one. */
  @Override
  public void close() {
    parsing.forEach(batch -> batch.cancel(true));
    if (ownThread != null) {
      ownThread.shutdownNow();
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
    batch.clear();
    spare.add(batch);
  }

  private Batch emptyBatch() {
    Batch batch = spare.poll();
    return batch != null ? batch : new Batch();
  }

  /**
   * Lines held one after another, each followed by a line feed, with each one's number, and once
   * parsed, their records.
   */
  private static final class Batch {
    private byte[] bytes = new byte[1 << 15];
    private int used;
    /** Where each line ends, before its line feed. */
    private final int[] ends = new int[BATCH_LINES];
    private final long[] numbers = new long[BATCH_LINES];
    private int count;
    private final Section[] sections = new Section[BATCH_LINES];
    private final Object[] records = new Object[BATCH_LINES];
    /** How many lines, from the first, were parsed into records. */
    private int parsed;
    /** The problem of the line after those parsed, if any. */
    private @Nullable LedgerFormatException problem;

    /** Empties the batch to be filled again, keeping its arrays. */
    void clear() {
      Arrays.fill(records, 0, count, null);
      used = 0;
      count = 0;
      parsed = 0;
    }

    void add(byte[] line, int length, long number) {
      if (used + length + 1 > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(used + length + 1, 2 * bytes.length));
      }
      System.arraycopy(line, 0, bytes, used, length);
      used += length;
      ends[count] = used;
      bytes[used++] = '\n';
      numbers[count++] = number;
    }

    /**
     * Parses the lines in order up to the first at fault; returns this batch. One parser reads the
     * lines one record after another while each holds one record alone; a line that does not is
     * parsed by itself from its text, and the lines after it by a new parser.
     */
    Batch parse(String source, RecordReader reader, JsonFactory firstParse, JsonFactory ownParse) {
      JsonParser lines = null;
      try {
        int from = 0;
        for (int i = 0; i < count; i++) {
          int start = start(i);
          // A first byte then a zero byte would be taken for UTF-16 by the byte parser's encoding detection.
          if (lines == null && bytes[start] == '{' && bytes[start + 1] != 0) {
            lines = firstParse.createParser(bytes, start, used - start);
            from = start;
          }
          if (lines == null || !readRecord(lines, from, i, source, reader)) {
            if (lines != null) {
              lines.close();
              lines = null;
            }
            try {
              parseText(i, source, reader, ownParse);
            } catch (LedgerFormatException e) {
              problem = e;
              return this;
            }
          }
          parsed = i + 1;
        }
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        if (lines != null) {
          try {
            lines.close();
          } catch (IOException e) {
            // Nothing to release: the parser reads from this batch's array.
          }
        }
      }
    }

    /** Where line {@code i} starts. */
    private int start(int i) {
      return i == 0 ? 0 : ends[i - 1] + 1;
    }

    /**
     * Reads the record of line {@code i} with {@code p}, which started at byte {@code from} and has
     * read the lines before; false, leaving {@code p} of no further use, unless the line starts
     * with the record and holds nothing else but white space.
     */
    private boolean readRecord(JsonParser p, int from, int i, String source, RecordReader reader) throws IOException {
      int start = start(i);
      if (bytes[start] != '{') {
        return false;
      }
      try {
        Section section = recordSection(p, source);
        Object record = reader.read(p, section, new LedgerRecords.Place(numbers[i], 1), "");
        long end = from + p.currentLocation().getByteOffset();
        if (end > ends[i]) {
          return false;
        }
        for (int at = (int) end; at < ends[i]; at++) {
          if (bytes[at] != ' ' && bytes[at] != '\t' && bytes[at] != '\r') {
            return false;
          }
        }
        sections[i] = section;
        records[i] = record;
        return true;
      } catch (JacksonException | LedgerFormatException e) {
        return false;
      }
    }

    /**
     * Parses line {@code i} by itself from its text, where Jackson's columns count characters, with
     * the ledger's own parser; throws the line's problem.
     */
    private void parseText(int i, String source, RecordReader reader, JsonFactory ownParse) throws IOException {
      int start = start(i);
      LedgerRecords.Place place = new LedgerRecords.Place(numbers[i], 1);
      String text = new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
      try (JsonParser p = ownParse.createParser(text)) {
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
      Section section = Section.byTag(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (section == null) {
        throw LedgerFormatException.at(source, p.currentTokenLocation(), "type",
            "unknown record type \"" + p.getText() + "\"");
      }
      return section;
    }
  }
}
