package dev.claimtrail.bench.peer;

import static dev.claimtrail.bench.peer.ProvGraph.AGENT;
import static dev.claimtrail.bench.peer.ProvGraph.ATTRIBUTED_TO;
import static dev.claimtrail.bench.peer.ProvGraph.CLAIM;
import static dev.claimtrail.bench.peer.ProvGraph.CLAIM_STANCE;
import static dev.claimtrail.bench.peer.ProvGraph.DERIVED_FROM;
import static dev.claimtrail.bench.peer.ProvGraph.ISSUED;
import static dev.claimtrail.bench.peer.ProvGraph.ORDINAL;
import static dev.claimtrail.bench.peer.ProvGraph.POSITION;
import static dev.claimtrail.bench.peer.ProvGraph.QUALIFIED;
import static dev.claimtrail.bench.peer.ProvGraph.REPORTED_IN;
import static dev.claimtrail.bench.peer.ProvGraph.SAID_FIRST;
import static dev.claimtrail.bench.peer.ProvGraph.SAID_LAST;
import static dev.claimtrail.bench.peer.ProvGraph.TEXT;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.jspecify.annotations.Nullable;

/**
 * Apache Jena asked through its graph API, as a Java user of Jena who knows the shape of the data
 * asks it: each question a few {@link Graph#find} pattern lookups on {@link ProvGraph}, no query
 * engine. Days are {@code xsd:date} literals compared by their ISO forms, which order as the days
 * do. Not thread-safe.
 */
public final class JenaGraphStore implements QuoteStore {
  private final Graph graph;

  private JenaGraphStore(Graph graph) {
    this.graph = graph;
  }

  /** A graph holding {@code corpus}, asked through {@link Graph#find}. */
  public static JenaGraphStore load(SyntheticCorpus corpus) {
    return new JenaGraphStore(ProvGraph.of(corpus));
  }

  @Override
  public String name() {
    return "jena-graph";
  }

  @Override
  public Set<String> whoSaid(String text) {
    Set<String> speakers = new HashSet<>();
    for (Node statement : subjects(TEXT, NodeFactory.createLiteralString(text))) {
      for (Node attribution : objects(statement, QUALIFIED)) {
        Node speaker = object(attribution, AGENT);
        if (speaker != null) {
          speakers.add(ProvGraph.local(speaker));
        }
      }
    }
    return speakers;
  }

  @Override
  public List<String> timeline(String speaker, LocalDate from, LocalDate to) {
    String fromDay = from.toString();
    String toDay = to.toString();
    List<Said> found = new ArrayList<>();
    for (Node attribution : subjects(AGENT, ProvGraph.id(speaker))) {
      Node first = object(attribution, SAID_FIRST);
      Node last = object(attribution, SAID_LAST);
      if (first != null && last != null) {
        String firstDay = first.getLiteralLexicalForm();
        String lastDay = last.getLiteralLexicalForm();
        if (lastDay.compareTo(fromDay) >= 0 && firstDay.compareTo(toDay) <= 0) {
          Node ordinal = object(attribution, ORDINAL);
          found.add(new Said(ProvGraph.local(attribution), firstDay, lastDay,
              ordinal == null ? Integer.MAX_VALUE : Integer.parseInt(ordinal.getLiteralLexicalForm())));
        }
      }
    }
    found.sort(Said.ORDER);
    List<String> ids = new ArrayList<>(found.size());
    found.forEach(said -> ids.add(said.id()));
    return ids;
  }

  @Override
  public FirstAppearance firstAppearance(String statement) {
    @Nullable String first = null;
    Set<String> outlets = new HashSet<>();
    for (Node attribution : objects(ProvGraph.id(statement), QUALIFIED)) {
      Node document = object(attribution, REPORTED_IN);
      if (document == null) {
        continue;
      }
      Node outlet = object(document, ATTRIBUTED_TO);
      if (outlet != null) {
        outlets.add(ProvGraph.local(outlet));
      }
      Node issued = object(document, ISSUED);
      if (issued != null && (first == null || issued.getLiteralLexicalForm().compareTo(first) < 0)) {
        first = issued.getLiteralLexicalForm();
      }
    }
    return new FirstAppearance(first == null ? null : LocalDate.parse(first), outlets);
  }

  @Override
  public List<String> chain(String attribution) {
    List<String> speakers = new ArrayList<>(3);
    for (Node link = ProvGraph.id(attribution); link != null; link = object(link, DERIVED_FROM)) {
      Node speaker = object(link, AGENT);
      if (speaker == null) {
        break;
      }
      speakers.add(ProvGraph.local(speaker));
    }
    return speakers;
  }

  @Override
  public Set<String> stances(String claim) {
    Set<String> found = new HashSet<>();
    for (Node stance : subjects(CLAIM, ProvGraph.id(claim))) {
      Node position = object(stance, POSITION);
      for (Node attribution : subjects(CLAIM_STANCE, stance)) {
        Node speaker = object(attribution, AGENT);
        if (speaker != null && position != null) {
          found.add(ProvGraph.local(attribution) + " " + ProvGraph.local(speaker) + " "
              + position.getLiteralLexicalForm());
        }
      }
    }
    return found;
  }

  private List<Node> subjects(Node predicate, Node object) {
    List<Node> subjects = new ArrayList<>(2);
    ExtendedIterator<Triple> found = graph.find(Node.ANY, predicate, object);
    try {
      found.forEachRemaining(t -> subjects.add(t.getSubject()));
    } finally {
      found.close();
    }
    return subjects;
  }

  private List<Node> objects(Node subject, Node predicate) {
    List<Node> objects = new ArrayList<>(2);
    ExtendedIterator<Triple> found = graph.find(subject, predicate, Node.ANY);
    try {
      found.forEachRemaining(t -> objects.add(t.getObject()));
    } finally {
      found.close();
    }
    return objects;
  }

  private @Nullable Node object(Node subject, Node predicate) {
    ExtendedIterator<Triple> found = graph.find(subject, predicate, Node.ANY);
    try {
      return found.hasNext() ? found.next().getObject() : null;
    } finally {
      found.close();
    }
  }

  @Override
  public void close() {
    graph.close();
  }

  /** An attribution of a timeline with the days it was said between, as ISO dates, and its position. */
  private record Said(String id, String firstDay, String lastDay, int ordinal) {
    static final Comparator<Said> ORDER = Comparator.comparing(Said::firstDay).thenComparing(Said::lastDay)
        .thenComparingInt(Said::ordinal);
  }
}
