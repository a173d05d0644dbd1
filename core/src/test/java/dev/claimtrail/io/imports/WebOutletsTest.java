package dev.claimtrail.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How importers name the outlet of a web address. */
class WebOutletsTest {
  @Test
  void theOutletIsTheLowerCaseHostWithoutWwwPortOrUserInfo() {
    assertEquals(Optional.of("example.com"), WebOutlets.domain("https://www.Example.COM/a/b?c=d#e"));
    assertEquals(Optional.of("news.example.co.uk"), WebOutlets.domain("http://user:pw@news.example.co.uk:8080/x"));
    assertEquals(Optional.of("example.com"), WebOutlets.domain("HTTPS://example.com."));
    assertEquals(Optional.of("www.com"), WebOutlets.domain("https://www.com/"), "a bare www host keeps its name");
    assertEquals(Optional.of("пример.рф"), WebOutlets.domain("https://пример.рф/новости"));
    assertEquals(Optional.of("localhost"), WebOutlets.domain("http://localhost"));
  }

  @Test
  void addressesWithoutAnHttpHostHaveNoOutlet() {
    assertEquals(Optional.empty(), WebOutlets.domain("example.com/a"));
    assertEquals(Optional.empty(), WebOutlets.domain("ftp://example.com/a"));
    assertEquals(Optional.empty(), WebOutlets.domain("https:///path"));
    assertEquals(Optional.empty(), WebOutlets.domain("https://exa mple.com/"));
    assertEquals(Optional.empty(), WebOutlets.domain("https://a..b/"));
    assertEquals(Optional.empty(), WebOutlets.domain(""));
  }
}
