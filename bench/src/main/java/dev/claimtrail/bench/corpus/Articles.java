package dev.claimtrail.bench.corpus;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * News-style article text made from a corpus, the input of the extraction benchmark: each
 * attribution of the corpus becomes a paragraph that quotes its statement and names its speaker
 * with a reporting verb, in one of several common patterns (quote first, speaker first, a colon,
 * "according to" an outlet), with a day of the week and a title now and then. Deterministic: the
 * same corpus gives the same text.
 */
public final class Articles {
  /** Paragraphs in one article of {@link #articles(int)}, about the length of a news story. */
  public static final int PARAGRAPHS_PER_ARTICLE = 12;
  private static final String[] TITLES = {"minister", "spokesperson", "chief executive", "senator", "mayor"};

  private final SyntheticCorpus corpus;
  private final Map<SpeakerId, Speaker> speakers = new HashMap<>();
  private final Map<StatementId, Statement> statements = new HashMap<>();
  private final Map<OutletId, Outlet> sources = new HashMap<>();

  /** The articles of {@code corpus}. */
  public Articles(SyntheticCorpus corpus) {
    this.corpus = corpus;
    corpus.speakers().forEach(s -> speakers.put(s.id(), s));
    corpus.statements().forEach(s -> statements.put(s.id(), s));
    corpus.outlets().forEach(s -> sources.put(s.id(), s));
  }

  /** {@code count} articles of {@link #PARAGRAPHS_PER_ARTICLE} paragraphs each, from the first attributions on. */
  public List<String> articles(int count) {
    List<String> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(article(i * PARAGRAPHS_PER_ARTICLE, PARAGRAPHS_PER_ARTICLE));
    }
    return articles;
  }

  /**
   * One article of {@code paragraphs} paragraphs made from the attributions from {@code first} on,
   * wrapping around the corpus when it has fewer.
   */
  public String article(int first, int paragraphs) {
    List<Attribution> attributions = corpus.attributions();
    StringBuilder text = new StringBuilder(paragraphs * 320);
    text.append("Leaders respond as the debate goes on\n\n");
    for (int p = 0; p < paragraphs; p++) {
      int index = (first + p) % attributions.size();
      paragraph(text, attributions.get(index), index);
      text.append("\n\n");
    }
    return text.toString();
  }

  private void paragraph(StringBuilder text, Attribution a, int index) {
    Speaker speaker = verifyNotNull(speakers.get(a.speaker()));
    String quote = unquoted(verifyNotNull(statements.get(a.statement())).text());
    String cue = a.cue().orElse("said");
    String day = a.said().map(t -> t.firstDay().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .orElse("Monday");
    String name = speaker.name();
    switch (index % 4) {
      case 0:
        text.append('“').append(quote).append(",” ").append(name).append(' ').append(cue).append(" on ")
            .append(day).append('.');
        break;
      case 1:
        text.append(name).append(", the ").append(TITLES[index % TITLES.length]).append(", ").append(cue)
            .append(" on ").append(day).append(": “").append(quote).append("”");
        break;
      case 2:
        String outlet = speaker.outlet().map(sources::get).map(Outlet::name).orElse("local media");
        text.append("According to ").append(outlet).append(", ").append(name).append(' ').append(cue)
            .append(" that the talks would continue. “").append(quote).append(",” ").append(name.split(" ")[0])
            .append(" added.");
        break;
      default:
        text.append("Speaking to reporters, ").append(name).append(' ').append(cue).append(": “").append(quote)
            .append("” The remarks drew a quick response.");
        break;
    }
  }

  /** The statement's words without surrounding quote marks or a final full stop. */
  private static String unquoted(String text) {
    String words = text;
    if (words.startsWith("“") && words.endsWith("”")) {
      words = words.substring(1, words.length() - 1);
    }
    return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
  }
}
