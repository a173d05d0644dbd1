package dev.claimtrail.bench.peer;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Apache Lucene as a variant quote search, set up as one would for finding reprints of a quote: one
 * document per statement, its text indexed as word pairs (shingles of two words, lowercased, no
 * stopwords dropped, as they carry a quote's wording), its speakers stored. A quote is looked up
 * as a disjunction of its word pairs of which at least {@value #MIN_SHARE_PERCENT}% must match,
 * ranked by BM25; the statements of the top {@value #HITS} hits above that threshold are the
 * answer, and its precision is counted on them. Safe to share between threads for searching.
 */
public final class LuceneSearch implements VariantSearch, AutoCloseable {
  /** How many hits a lookup takes at most. */
  public static final int HITS = 10;
  /** The least share of a quote's word pairs a statement must hold to be found, in percent. */
  public static final int MIN_SHARE_PERCENT = 30;

  private final Analyzer analyzer = new ShingleAnalyzerWrapper(
      new StandardAnalyzer(CharArraySet.EMPTY_SET), 2, 2, " ", false, true, "_");
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private LuceneSearch(SyntheticCorpus corpus) throws IOException {
    Map<String, Set<String>> speakers = new HashMap<>();
    for (Attribution a : corpus.attributions()) {
      speakers.computeIfAbsent(a.statement().value(), s -> new LinkedHashSet<>()).add(a.speaker().value());
    }
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Statement statement : corpus.statements()) {
        Document document = new Document();
        document.add(new StringField("id", statement.id().value(), Field.Store.YES));
        document.add(new TextField("text", statement.text(), Field.Store.NO));
        for (String speaker : speakers.getOrDefault(statement.id().value(), Set.of())) {
          document.add(new StoredField("speaker", speaker));
        }
        writer.addDocument(document);
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  /** An index of the statements of {@code corpus}. */
  public static LuceneSearch index(SyntheticCorpus corpus) {
    try {
      return new LuceneSearch(corpus);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing the corpus in Lucene failed", e);
    }
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public Answer whoSaidVariant(String text) {
    try {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      Set<String> pairs = terms(text);
      for (String pair : pairs) {
        query.add(new TermQuery(new Term("text", pair)), BooleanClause.Occur.SHOULD);
      }
      query.setMinimumNumberShouldMatch(Math.max(1, (pairs.size() * MIN_SHARE_PERCENT + 99) / 100));
      List<String> statements = new ArrayList<>(HITS);
      Set<String> speakers = new LinkedHashSet<>();
      StoredFields fields = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(query.build(), HITS).scoreDocs) {
        Document document = fields.document(hit.doc);
        statements.add(document.get("id"));
        for (String speaker : document.getValues("speaker")) {
          speakers.add(speaker);
        }
      }
      return new Answer(statements, speakers);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene search failed", e);
    }
  }

  private Set<String> terms(String text) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    }
    return terms;
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the Lucene index failed", e);
    }
  }
}
