package dev.claimtrail.io;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The record kinds of a ledger file in the order they are written: the array field of each in the
 * JSON envelope, its type tag in JSON Lines, and how to get its records into and out of a ledger.
 */
enum Section {
  SPEAKERS("speakers", "speaker", Speaker.class, Ledger::speakers, Speaker::id,
      Ledger.Builder::add),
  SOURCES("sources", "source", Outlet.class, Ledger::outlets, Outlet::id,
      Ledger.Builder::add),
  DOCUMENTS("documents", "document", Document.class, Ledger::documents, Document::id,
      Ledger.Builder::add),
  STATEMENTS("statements", "statement", Statement.class, Ledger::statements, Statement::id,
      Ledger.Builder::add),
  ATTRIBUTIONS("attributions", "attribution", Attribution.class, Ledger::attributions, Attribution::id,
      Ledger.Builder::add),
  CLAIMS("claims", "claim", Claim.class, Ledger::claims, Claim::id,
      Ledger.Builder::add);

  private static final Section[] ALL = values();

  /** The array field in the JSON envelope. */
  final String field;
  /** The type tag in JSON Lines, also the kind {@link dev.claimtrail.ledger.InvalidLedgerException} names. */
  final String tag;
  private final Function<Ledger, List<?>> records;
  private final Function<Object, RecordId> id;
  private final BiConsumer<Ledger.Builder, Object> add;

  <T> Section(String field, String tag, Class<T> type, Function<Ledger, List<T>> records,
      Function<T, RecordId> id, BiConsumer<Ledger.Builder, T> add) {
    this.field = field;
    this.tag = tag;
    this.records = records::apply;
    this.id = record -> id.apply(type.cast(record));
    this.add = (builder, record) -> add.accept(builder, type.cast(record));
  }

  /** The records of this kind in {@code ledger}, in ledger order. */
  List<?> records(Ledger ledger) {
    return records.apply(ledger);
  }

  /** The id of a record of this kind. */
  RecordId idOf(Object record) {
    return id.apply(record);
  }

  /** Adds a record of this kind to {@code builder}. */
  void addTo(Ledger.Builder builder, Object record) {
    add.accept(builder, record);
  }

  /** The section whose envelope field is {@code field}. */
  static Optional<Section> byField(String field) {
    return Arrays.stream(ALL).filter(s -> s.field.equals(field)).findFirst();
  }

  /** The section whose type tag is {@code tag}. */
  static Optional<Section> byTag(String tag) {
    for (Section section : ALL) {
      if (section.tag.equals(tag)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  /**
   * The section whose type tag is the {@code length} characters of {@code chars} from {@code
   * offset}, or null; looked up for every line of a JSON Lines file, without making a string.
   */
  static @Nullable Section byTag(char[] chars, int offset, int length) {
    for (Section section : ALL) {
      if (TextValues.matches(section.tag, chars, offset, length)) {
        return section;
      }
    }
    return null;
  }
}
