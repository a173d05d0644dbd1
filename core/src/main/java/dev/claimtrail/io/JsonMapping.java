package dev.claimtrail.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.claimtrail.internal.JsonEscapes;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The Jackson set-up shared by the ledger formats: parsers with the default {@link ReadLimits}
 * (records are read from their tokens by {@link RecordReader}), and writing through the mix-ins of
 * {@link ModelMixins} that leaves out absent values and empty lists and maps.
 */
final class JsonMapping {
  /** The format tag of both ledger forms. */
  static final String FORMAT = "claimtrail-ledger";
  /** The one format version this code reads and writes. */
  static final int VERSION = 1;

  static final ObjectMapper MAPPER = ModelMixins.addTo(JsonMapper.builder(ReadLimits.defaults().jsonFactory()))
      .addModule(new Jdk8Module())
      .addModule(new GuavaModule())
      .defaultPropertyInclusion(JsonInclude.Value.construct(
          JsonInclude.Include.CUSTOM, JsonInclude.Include.ALWAYS, AbsentOrEmptyContainer.class, null))
      .build();

  /** A template, stateful once in use: take {@code createInstance()} for each document. Two-space indentation, {@code "name": value}, one array element per line, empty arrays as {@code []}. */
  static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withArrayEmptySeparator("")
          .withObjectEmptySeparator(""))
      .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
      .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));

  private JsonMapping() {}

  /**
   * A generator for one ledger document or JSON Lines stream on {@code out}, as UTF-8, leaving
   * {@code out} open. It writes every UTF-16 surrogate as a {@code \\uXXXX} escape, so that
   * characters outside the Basic Multilingual Plane and the unpaired surrogates that Java strings
   * may hold both come back exactly and the output stays valid UTF-8, and U+0085, U+2028 and
   * U+2029 the same way, so that no reader splits a JSON Lines record at them. It refuses a string
   * or name longer than {@link ReadLimits} allows (see {@link LimitedGenerator}).
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setCharacterEscapes(JsonEscapes.SURROGATES_AND_LINE_SEPARATORS);
    return new LimitedGenerator(g);
  }

  /**
   * Leaves out of the output what reads back the same when missing: null, an empty {@code
   * Optional}, an empty list or map. Unlike Jackson's {@code NON_EMPTY} it keeps empty strings,
   * which are values.
   */
  static final class AbsentOrEmptyContainer {
    @Override
    public boolean equals(Object value) {
      return value == null
          || value instanceof Optional<?> optional && optional.isEmpty()
          || value instanceof Collection<?> collection && collection.isEmpty()
          || value instanceof Map<?, ?> map && map.isEmpty();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
