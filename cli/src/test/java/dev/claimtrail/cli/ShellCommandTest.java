package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.query.Results;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Drives jshell through {@code claimtrail shell} with commands on standard input. */
class ShellCommandTest {
  /** What a shell session printed, on standard output and error together. */
  private record Session(Cli.Run run, String printed) {}

  @Test
  void theLedgerIsLoadedAndTheQueryApiIsImported() {
    Ledger seed = Ledger.load(Seeds.LEDGER);
    Session session = shell(String.join("\n",
        "ledger.attributions().size()",
        "ledger.quotes().by(\"Kuleba\").during(\"2024-07\").count()",
        "Stance.DENIES",
        "/exit", ""), Seeds.LEDGER.toString());
    assertEquals(0, session.run().exitCode(), session.printed() + session.run().err());
    assertTrue(session.printed().contains("ledger = " + seed + ", loaded from "), session.printed());
    assertTrue(session.printed().contains("==> " + seed.attributions().size()), session.printed());
    assertTrue(session.printed().contains(
        "==> " + seed.quotes().by("Kuleba").during("2024-07").count()), session.printed());
    assertTrue(session.printed().contains("==> DENIES"), session.printed());
    assertFalse(session.printed().contains("Error"), session.printed());
  }

  @Test
  void resultsShowWholeRowsUpToTheirCapAndPrintShowsThemAll() {
    Ledger seed = Ledger.load(Seeds.LEDGER);
    int all = seed.quotes().list().size();
    Session session = shell(String.join("\n",
        "var rows = ledger.quotes().list()",
        "rows.print()",
        "/exit", ""), Seeds.LEDGER.toString());
    assertEquals(0, session.run().exitCode(), session.printed());
    assertTrue(session.printed().contains("rows ==> \nspeaker "), "the table starts on its own line: "
        + session.printed());
    assertTrue(session.printed().contains("\n… " + (all - Results.SHOWN) + " more\n"), session.printed());
    for (String line : seed.quotes().list().format().split("\n")) {
      assertTrue(session.printed().contains(line), () -> "print() lacks the row " + line);
    }
  }

  @Test
  void withoutALedgerArgumentTheSeedLedgerIsLoaded() {
    Session session = shell("/exit\n");
    assertEquals(0, session.run().exitCode(), session.printed());
    assertTrue(session.printed().contains(
        "loaded from " + LedgerInputs.defaultLedger().toAbsolutePath().normalize()), session.printed());
  }

  @Test
  void aMissingLedgerIsOneErrorLineBeforeJshellStarts() {
    Session session = shell("/exit\n", "absent.ledger.json");
    assertEquals(1, session.run().exitCode());
    assertEquals("claimtrail: no such ledger file: " + Path.of("absent.ledger.json").toAbsolutePath(),
        session.run().err().strip());
    assertEquals("", session.printed());
  }

  private static Session shell(String input, String... ledger) {
    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    System.setOut(capture);
    System.setErr(capture);
    try {
      String[] args = new String[ledger.length + 1];
      args[0] = "shell";
      System.arraycopy(ledger, 0, args, 1, ledger.length);
      return new Session(Cli.run(args), printed.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(in);
      System.setOut(out);
      System.setErr(err);
    }
  }
}
