package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Speaker;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which words before a name are its holder's role, and which names an organization keeps whole. */
class SpeakerRolesTest {
  private static Speaker speakerOf(Ledger ledger, String words) {
    return speaker(ledger, about(ledger, words));
  }

  private static List<String> titles(Speaker speaker) {
    return speaker.roles().stream().map(Role::title).collect(Collectors.toList());
  }

  @Test
  void aTitleOfSeveralWordsBeforeANameIsTheRoleNotPartOfTheName() {
    Ledger ledger = extract("Chief Medical Officer Ines Varga said the ward would reopen.");
    Speaker varga = speakerOf(ledger, "ward would reopen");
    assertEquals("Ines Varga", varga.name());
    assertEquals(List.of("Chief Medical Officer"), titles(varga));
  }

  @Test
  void anHonorificIsAFormOfAddressNotARole() {
    Ledger ledger = extract("Dr. Lena Maris said the tests were clean.");
    Speaker maris = speakerOf(ledger, "tests were clean");
    assertEquals("Lena Maris", maris.name());
    assertEquals(List.of(), titles(maris));
  }

  @Test
  void anOrganizationNamedWithOfKeepsEveryWord() {
    Ledger ledger = extract("The Dunmore Chamber of Commerce said shops would close early.");
    Speaker chamber = speakerOf(ledger, "shops would close early");
    assertEquals("Dunmore Chamber of Commerce", chamber.name());
    assertEquals(Speaker.Kind.ORGANIZATION, chamber.kind());
  }
}
