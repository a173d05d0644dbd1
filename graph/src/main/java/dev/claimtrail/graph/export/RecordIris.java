package dev.claimtrail.graph.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimtrail.graph.NodeKind;
import dev.claimtrail.model.RecordId;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The IRIs that the RDF exports ({@link JsonLdWriter}, {@link TurtleWriter}) give to records: a base
 * IRI, the record's kind as in node keys, a slash, and the id with every character but ASCII
 * letters, digits and {@code - . _ ~} percent-encoded as UTF-8 (and the dots of the ids {@code .}
 * and {@code ..}, which IRI resolution would remove), e.g. {@code
 * urn:claimtrail:speaker/s1} or {@code https://news.example/ledger/statement/q%20one}. The same
 * record always gets the same IRI under the same base, and different ids get different IRIs (an
 * unpaired surrogate is encoded as its own three bytes). Immutable.
 */
public final class RecordIris {
  /** The base used unless another is chosen. */
  public static final String DEFAULT_BASE = "urn:claimtrail:";

  private static final Pattern ABSOLUTE_IRI =
      Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final RecordIris DEFAULTS = new RecordIris(DEFAULT_BASE);

  private final String base;

  private RecordIris(String base) {
    this.base = base;
  }

  /** {@return IRIs under {@value #DEFAULT_BASE}} */
  public static RecordIris defaults() {
    return DEFAULTS;
  }

  /**
   * {@return IRIs under {@code base}, which is used as given (end it with {@code /}, {@code #} or {@code :})}
   * Throws {@link IllegalArgumentException} when {@code base} is not an absolute IRI without spaces
   * and the characters IRIs exclude, or when its scheme is one of the prefixes the exports declare
   * ({@code schema}, {@code prov}, {@code xsd}, {@code ct}).
   *
   * @param base the absolute IRI the records' IRIs start with, ending in {@code /} or {@code #}
   */
  public static RecordIris under(String base) {
    checkNotNull(base, "base IRI");
    checkArgument(ABSOLUTE_IRI.matcher(base).matches(),
        "base IRI must be absolute (scheme:...) without spaces or <>\"{}|\\^`: '%s'", base);
    String scheme = base.substring(0, base.indexOf(':'));
    checkArgument(Vocabulary.PREFIXES.stream().noneMatch(p -> p.getPrefix().equalsIgnoreCase(scheme)),
        "base IRI must not have a scheme that JSON-LD would read as the prefix '%s:': '%s'", scheme, base);
    return new RecordIris(base);
  }

  /** {@return the base IRI} */
  public String base() {
    return base;
  }

  /**
   * {@return the IRI of the record with id {@code id}} Throws {@link IllegalArgumentException} for ids of
   * records that are not drawn as nodes (attributions).
   *
   * @param id the id of a record
   */
  public String of(RecordId id) {
    return of(NodeKind.of(id), id.value());
  }

  /** The IRI of the record of kind {@code kind} with id {@code id}. */
  String of(NodeKind kind, String id) {
    return base + kind.label() + "/" + encode(id);
  }

  private static String encode(String value) {
    if (value.equals(".") || value.equals("..")) {
      return value.replace(".", "%2E");
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
        out.append(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        percentEncode(value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8), out);
        i++;
      } else if (Character.isSurrogate(c)) {
        percentEncode(new byte[] {
            (byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F))}, out);
      } else {
        percentEncode(String.valueOf(c).getBytes(StandardCharsets.UTF_8), out);
      }
    }
    return out.toString();
  }

  private static void percentEncode(byte[] bytes, StringBuilder out) {
    for (byte b : bytes) {
      out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
  }

  @Override
  public String toString() {
    return "RecordIris[" + base + "]";
  }
}
