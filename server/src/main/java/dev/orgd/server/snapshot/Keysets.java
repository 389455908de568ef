package dev.orgd.server.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reads every row of a keyset-paged repository list, a page at a time. */
final class Keysets {
  static final int PAGE = 500;

  private Keysets() {}

  /**
   * @param page reads the rows after a key (null: from the start), at most a limit
   * @param key the key of a row, for the next page
   */
  static <T, K> List<T> drain(BiFunction<K, Integer, List<T>> page, Function<T, K> key) {
    List<T> all = new ArrayList<>();
    K after = null;
    while (true) {
      List<T> rows = page.apply(after, PAGE);
      all.addAll(rows);
      if (rows.size() < PAGE) {
        return all;
      }
      after = key.apply(rows.get(rows.size() - 1));
    }
  }
}
