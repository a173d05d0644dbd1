package dev.claimtrail.cli;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.query.Identity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes the attribution graph of a ledger, or of one speaker's neighbourhood, one claim's stance
 * network or one statement's propagation tree, in a format other tools read.
 */
@Command(
    name = "graph",
    description = {
      "Write the attribution graph of a ledger, whole or around one record.",
      "Nodes are speakers, statements, claims, documents and outlets; edges say who said what, "
          + "where it was reported, through whom, and who takes which position on a claim."
    })
final class GraphCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to extract and include; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "dot, graphml, json (Cytoscape.js), jsonld or turtle (both with schema.org and PROV-O "
          + "terms). Default: from the extension of the -o file (.dot, .graphml, .json, .jsonld, .ttl), else dot.")
  private GraphFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private Path output;

  @ArgGroup(exclusive = true)
  private Around around;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "2",
      description = "How many edges out from the speaker, claim or statement (default: ${DEFAULT-VALUE}).")
  private int depth;

  /** The one record a subgraph is drawn around. */
  static final class Around {
    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker's neighbourhood (an id or words of a name).")
    String speaker;

    @Option(names = "--claim", paramLabel = "CLAIM", description = "Only this claim's stance network (an id or words of its text).")
    String claim;

    @Option(names = "--statement", paramLabel = "ID", description = "Only this statement's propagation tree.")
    String statement;
  }

  @Override
  public Integer call() {
    GraphFormat chosen = chosenFormat();
    if (depth < 0) {
      throw new ParameterException(spec.commandLine(), "--depth must not be negative: " + depth);
    }
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    AttributionGraph graph = subgraph(AttributionGraph.of(ledger), ledger);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      chosen.write(graph, out);
      out.flush();
    } else {
      chosen.write(graph, output);
      spec.commandLine().getErr().println("claimtrail: wrote " + graph + " to " + output);
    }
    return 0;
  }

  private GraphFormat chosenFormat() {
    if (format != null) {
      return format;
    }
    if (output == null) {
      return GraphFormat.DOT;
    }
    return GraphFormat.ofFile(output).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "-o " + output + ": name a file ending in " + GraphFormat.extensions() + ", or give --format"));
  }

  private AttributionGraph subgraph(AttributionGraph graph, Ledger ledger) {
    if (around == null) {
      return graph;
    }
    if (around.speaker != null) {
      Speaker speaker = one("speaker", around.speaker, speakers(ledger, around.speaker), Speaker::name);
      return graph.neighbourhood(speaker.id(), depth);
    }
    if (around.claim != null) {
      Claim claim = one("claim", around.claim, ledger.standsOn(around.claim).claims(), Claim::text);
      return graph.stanceNetwork(claim.id(), depth);
    }
    StatementId statement = StatementId.of(around.statement);
    if (ledger.statement(statement).isEmpty()) {
      throw new IllegalArgumentException("no statement with id '" + around.statement + "' in the ledger");
    }
    return graph.propagationTree(statement, depth);
  }

  /** The speaker with the id {@code words}, or else those its words may denote. */
  private static List<Speaker> speakers(Ledger ledger, String words) {
    return ledger.speaker(SpeakerId.of(words)).map(List::of).orElseGet(() ->
        ledger.whoIs(words).stream().map(Identity::speaker).distinct().collect(Collectors.toList()));
  }

  private static <T> T one(String kind, String wanted, List<T> found, Function<T, String> name) {
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no " + kind + " matches '" + wanted + "'");
    }
    throw new IllegalArgumentException(String.format("'%s' matches %d %ss: %s; be more precise",
        wanted, found.size(), kind, found.stream().map(name).collect(Collectors.joining("; "))));
  }
}
