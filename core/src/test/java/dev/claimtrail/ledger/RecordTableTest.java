package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A table read from an image takes each record from its source once, when first asked for. */
class RecordTableTest {
  private static final List<String> NAMES = List.of("Ana", "Bo", "Cy", "Di", "Ed");

  @Test
  void aStoredTableTakesEachRecordOnceWhenFirstAskedAndFindsByIdWithoutTakingOthersTwice() {
    CountingList source = new CountingList(NAMES);
    RecordTable<String, String> table = stored(source);
    assertEquals(NAMES.size(), table.size());
    assertEquals(0, source.total(), "nothing is taken on opening");

    assertSame(NAMES.get(3), table.get(3));
    assertEquals(1, source.gets.get(3));
    assertEquals(1, source.total());

    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < NAMES.size(); i++) {
        assertSame(NAMES.get(i), table.get(i));
      }
    }
    for (int i = 0; i < NAMES.size(); i++) {
      assertEquals(1, source.gets.get(i), "record " + i + " is taken once");
      assertEquals(i, table.find(NAMES.get(i)));
    }
    assertEquals(-1, table.find("Flo"));
    assertEquals(NAMES.size(), source.total());
  }

  private static RecordTable<String, String> stored(List<String> source) {
    ImageOutput out = new ImageOutput();
    new RecordTable<String, String>(NAMES, Function.identity()).writeSlotsTo(out);
    return new RecordTable<>(source, Function.identity(), new ImageInput(ByteBuffer.wrap(out.toByteArray())));
  }

  /** A list that counts how often each of its items is read. */
  private static final class CountingList extends AbstractList<String> {
    final List<String> items;
    final AtomicIntegerArray gets;

    CountingList(List<String> items) {
      this.items = items;
      this.gets = new AtomicIntegerArray(items.size());
    }

    @Override
    public String get(int index) {
      gets.incrementAndGet(index);
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }

    int total() {
      int sum = 0;
      for (int i = 0; i < gets.length(); i++) {
        sum += gets.get(i);
      }
      return sum;
    }
  }
}
