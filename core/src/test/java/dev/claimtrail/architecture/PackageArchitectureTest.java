package dev.claimtrail.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Guards the arrows between claimtrail-core's packages and the edge of the module: every class
 * lives in a package these rules know, each package depends only on those below it, and core
 * needs no library but Jackson and Guava (with the annotations of Immutables and JSpecify).
 */
@AnalyzeClasses(packages = "dev.claimtrail", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageArchitectureTest {
  private static final String ROOT = "dev.claimtrail";
  private static final String INTERNAL = "dev.claimtrail.internal..";
  private static final String TEXT = "dev.claimtrail.text..";
  private static final String MODEL = "dev.claimtrail.model..";
  private static final String QUERY = "dev.claimtrail.query..";
  private static final String LEDGER = "dev.claimtrail.ledger..";
  private static final String EXTRACT = "dev.claimtrail.extract..";
  private static final String IO = "dev.claimtrail.io..";
  private static final String EVAL = "dev.claimtrail.eval..";

  @ArchTest
  static final ArchRule everyClassIsInAKnownPackage = classes()
      .should().resideInAnyPackage(ROOT, INTERNAL, TEXT, MODEL, QUERY, LEDGER, EXTRACT, IO, EVAL)
      .because("a new package needs its place in these rules");

  @ArchTest
  static final ArchRule coreNeedsOnlyJacksonAndGuava = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "dev.claimtrail..", "java..", "javax.annotation..", "com.fasterxml.jackson..",
          "com.google.common..", "com.google.errorprone.annotations..", "org.immutables..",
          "org.jspecify..")
      .because("claimtrail-core brings Jackson and Guava only; graph libraries live in claimtrail-graph");

  @ArchTest
  static final ArchRule internalIsALeaf = noClasses().that().resideInAPackage(INTERNAL)
      .should().dependOnClassesThat().resideInAnyPackage(TEXT, MODEL, QUERY, LEDGER, EXTRACT, IO, EVAL);

  @ArchTest
  static final ArchRule textKnowsNoRecords = noClasses().that().resideInAPackage(TEXT)
      .should().dependOnClassesThat().resideInAnyPackage(MODEL, QUERY, LEDGER, EXTRACT, IO, EVAL);

  @ArchTest
  static final ArchRule modelKnowsOnlyText = noClasses().that().resideInAPackage(MODEL)
      .should().dependOnClassesThat().resideInAnyPackage(QUERY, LEDGER, EXTRACT, IO, EVAL);

  @ArchTest
  static final ArchRule modelKnowsNoJackson = noClasses().that().resideInAPackage(MODEL)
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("the JSON mapping lives in io, as mix-ins");

  @ArchTest
  static final ArchRule queriesReadTheLedgerOnlyThroughItsView = noClasses().that().resideInAPackage(QUERY)
      .should().dependOnClassesThat().resideInAnyPackage(LEDGER, EXTRACT, IO, EVAL);

  @ArchTest
  static final ArchRule ledgerKnowsNoFormatsExtractionOrScoring = noClasses().that().resideInAPackage(LEDGER)
      .should().dependOnClassesThat().resideInAnyPackage(EXTRACT, IO, EVAL);

  @ArchTest
  static final ArchRule extractionStandsAlone = noClasses().that().resideInAPackage(EXTRACT)
      .should().dependOnClassesThat().resideInAnyPackage(IO, EVAL);

  @ArchTest
  static final ArchRule formatsStandAlone = noClasses().that().resideInAPackage(IO)
      .should().dependOnClassesThat().resideInAnyPackage(EXTRACT, EVAL);

  @ArchTest
  static final ArchRule scoringReadsLedgersNotFormats = noClasses().that().resideInAPackage(EVAL)
      .should().dependOnClassesThat().resideInAnyPackage(EXTRACT, IO);

  @ArchTest
  static final ArchRule packagesHaveNoCycles = slices().matching("dev.claimtrail.(**)").should().beFreeOfCycles();
}
