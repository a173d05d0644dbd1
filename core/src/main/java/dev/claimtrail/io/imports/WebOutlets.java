package dev.claimtrail.io.imports;

import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names what importers find on the web the same way, so that ledgers imported from different
 * datasets agree: a document is identified by its URL, and the outlet that published it by the
 * host of that URL in lower case without a leading {@code www.} ({@code
 * https://www.Example.com/a} is published by {@code example.com}).
 */
public final class WebOutlets {
  private static final Pattern ABSOLUTE = Pattern.compile("(?i)https?://([^/?#\\s]+)\\S*");
  /** Dot-separated labels of letters, digits, hyphens and underscores, as hosts are written in the wild. */
  private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{M}\\p{N}_-]+(?:\\.[\\p{L}\\p{M}\\p{N}_-]+)*");

  private WebOutlets() {}

  /**
   * {@return the outlet domain of an absolute http(s) URL without whitespace, or empty if {@code url} is
   * not one or its host is not a host name (user info and port are dropped)}
   *
   * @param url an address, as found in the input
   */
  public static Optional<String> domain(String url) {
    Matcher m = ABSOLUTE.matcher(url);
    if (!m.matches()) {
      return Optional.empty();
    }
    String host = m.group(1);
    host = host.substring(host.lastIndexOf('@') + 1);
    int port = host.indexOf(':');
    if (port >= 0) {
      host = host.substring(0, port);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.") && host.indexOf('.', 4) > 0) {
      host = host.substring(4);
    }
    return HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
  }

  /**
   * {@return the id of the document at {@code url}: the URL itself}
   *
   * @param url the document's address
   */
  public static DocumentId documentId(String url) {
    return DocumentId.of(url);
  }

  /**
   * {@return the id of the outlet with the given domain: the domain itself}
   *
   * @param domain the outlet's web domain
   */
  public static OutletId sourceId(String domain) {
    return OutletId.of(domain);
  }

  /**
   * {@return a news site outlet named {@code name} that publishes on {@code domain}}
   *
   * @param domain the outlet's web domain
   * @param name the outlet's name
   */
  public static Outlet outlet(String domain, String name) {
    return Outlet.builder().id(sourceId(domain)).name(name).kind(Outlet.Kind.NEWS_SITE)
        .addDomain(domain).build();
  }
}
