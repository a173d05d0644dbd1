package dev.claimtrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.LedgerJson;
import dev.claimtrail.ledger.InvalidLedgerException;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.query.LedgerView;
import dev.claimtrail.query.Quotes;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's contract toward callers: how it refuses null arguments and what it throws. */
class ContractsTest {

  @Test
  void whoSaidOfNullFailsNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Ledger.empty().whoSaid(null));
    assertEquals("quote", e.getMessage());
  }

  @Test
  void loadingFromNoFileFailsNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Ledger.load(null));
    assertEquals("file", e.getMessage());
  }

  /**
   * Every text argument of the ledger's questions and of the query steps: null in that place, a
   * harmless text in the others, must fail with the parameter's name as the whole message.
   */
  @Test
  void everyTextArgumentOfTheQueryApiRefusesNullNamingTheParameter() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Object target : List.of(Ledger.empty(), Ledger.empty().quotes())) {
      for (Method method : textMethods(target.getClass())) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          Object[] arguments = new Object[parameters.length];
          Arrays.fill(arguments, "x");
          arguments[i] = null;
          InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
              () -> method.invoke(target, arguments), method.toString());
          NullPointerException e = assertInstanceOf(NullPointerException.class, thrown.getCause(), method.toString());
          assertEquals(parameters[i].getName(), e.getMessage(), method.toString());
          checked.add(method.getName() + "." + parameters[i].getName());
        }
      }
    }
    assertTrue(checked.containsAll(List.of("whoSaid.quote", "chain.attribution", "whoIs.date", "by.who",
        "between.to", "reportsOf.quote")), checked.toString());
  }

  /** The public instance methods whose parameters are all text, other than the ledger's view for queries. */
  private static List<Method> textMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getMethods()) {
      boolean allText = method.getParameterCount() > 0
          && Arrays.stream(method.getParameterTypes()).allMatch(String.class::equals);
      if (allText && method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers())
          && !isViewMethod(method)) {
        methods.add(method);
      }
    }
    return methods;
  }

  private static boolean isViewMethod(Method method) {
    try {
      LedgerView.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void aFileTheFormatDoesNotAllowFailsWithTheLibraryRootException() {
    ClaimtrailException e = assertThrows(ClaimtrailException.class, () -> LedgerJson.read(
        new ByteArrayInputStream("{\"format\": \"other\"}".getBytes(StandardCharsets.UTF_8)), "other.json"));
    assertInstanceOf(LedgerFormatException.class, e);
  }

  @Test
  void recordsThatDoNotFormALedgerFailWithTheLibraryRootException() {
    Attribution dangling = Attribution.builder().id(AttributionId.of("a")).statement(StatementId.of("s-none"))
        .speaker(SpeakerId.of("nobody")).document(DocumentId.of("d-none")).provenance(Provenance.curated("test"))
        .build();
    ClaimtrailException e = assertThrows(ClaimtrailException.class,
        () -> Ledger.builder().add(dangling).build());
    assertInstanceOf(InvalidLedgerException.class, e);
  }

  @Test
  void aQueryStepTakingValuesRefusesNullNamingTheParameter() {
    Quotes quotes = Ledger.empty().quotes();
    NullPointerException e = assertThrows(NullPointerException.class, () -> quotes.withStance((Stance[]) null));
    assertEquals("stances", e.getMessage());
  }
}
