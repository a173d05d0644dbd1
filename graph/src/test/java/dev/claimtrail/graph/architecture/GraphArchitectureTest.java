package dev.claimtrail.graph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Guards claimtrail-graph's edge: it reads ledgers through core's model, ledger and query API,
 * never core's formats, extraction or scoring; the graph view knows none of its exports, and only
 * the exports use RDF4J.
 */
@AnalyzeClasses(packages = "dev.claimtrail.graph", importOptions = ImportOption.DoNotIncludeTests.class)
class GraphArchitectureTest {
  private static final String GRAPH = "dev.claimtrail.graph";
  private static final String EXPORT = "dev.claimtrail.graph.export..";

  @ArchTest
  static final ArchRule everyClassIsInAKnownPackage = classes()
      .should().resideInAnyPackage(GRAPH, EXPORT)
      .because("a new package needs its place in these rules");

  @ArchTest
  static final ArchRule graphUsesOnlyCoresRecordApi = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.claimtrail.io..", "dev.claimtrail.extract..", "dev.claimtrail.eval..");

  @ArchTest
  static final ArchRule theViewKnowsNoExport = noClasses().that().resideInAPackage(GRAPH)
      .should().dependOnClassesThat().resideInAnyPackage(EXPORT, "org.eclipse.rdf4j..");

  @ArchTest
  static final ArchRule graphNeedsOnlyCoreJGraphTAndRdf4j = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "dev.claimtrail..", "java..", "javax.annotation..", "com.fasterxml.jackson.core..",
          "com.google.common..", "com.google.errorprone.annotations..", "org.immutables..",
          "org.jspecify..", "org.jgrapht..", "org.eclipse.rdf4j..");

  @ArchTest
  static final ArchRule packagesHaveNoCycles = slices().matching("dev.claimtrail.graph.(**)").should().beFreeOfCycles();
}
