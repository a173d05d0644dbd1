package dev.claimtrail.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Guards the arrows between claimtrail's packages. */
@AnalyzeClasses(packages = "dev.claimtrail", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageArchitectureTest {

  @ArchTest
  static final ArchRule textIsALeaf = noClasses().that().resideInAPackage("dev.claimtrail.text..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.claimtrail.model..", "dev.claimtrail.ledger..", "dev.claimtrail.query..",
          "dev.claimtrail.extract..", "dev.claimtrail.io..", "dev.claimtrail.graph..");

  @ArchTest
  static final ArchRule modelKnowsOnlyText = noClasses().that().resideInAPackage("dev.claimtrail.model..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.claimtrail.ledger..", "dev.claimtrail.query..",
          "dev.claimtrail.extract..", "dev.claimtrail.io..", "dev.claimtrail.graph..");

  @ArchTest
  static final ArchRule ledgerAndQueryKnowNoFormatsExtractionOrGraphs = noClasses()
      .that().resideInAnyPackage("dev.claimtrail.ledger..", "dev.claimtrail.query..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.claimtrail.io..", "dev.claimtrail.extract..", "dev.claimtrail.graph..");

  @ArchTest
  static final ArchRule queriesReadTheLedgerOnlyThroughItsView = noClasses()
      .that().resideInAPackage("dev.claimtrail.query..")
      .should().dependOnClassesThat().resideInAPackage("dev.claimtrail.ledger..");

  @ArchTest
  static final ArchRule packagesHaveNoCycles = slices().matching("dev.claimtrail.(*)..").should().beFreeOfCycles();
}
