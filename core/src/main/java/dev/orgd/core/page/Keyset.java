package dev.orgd.core.page;

import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging, the one way every listing pages: a page is the rows strictly after the key its
 * token carries, read with one row more than the page holds to learn whether another page follows.
 * Its cost so depends on the page size only, never on how much is stored or on how far the caller
 * has paged. Tokens are signed ({@link PageTokens}) and bound to the caller, the operation and the
 * filter.
 *
 * @param <T> what the listing holds
 * @param <K> its key (see {@link KeyCodec})
 */
public final class Keyset<T, K> {

  /** Reads at most {@code limit} rows strictly after {@code after} (null: from the start). */
  @FunctionalInterface
  public interface Rows<T, K> {
    List<T> after(K after, int limit);
  }

  private final KeyCodec<K> codec;
  private final Function<T, K> keyOf;

  /** Listings of items keyed by {@code keyOf}, whose keys travel as {@code codec} says. */
  public Keyset(KeyCodec<K> codec, Function<T, K> keyOf) {
    this.codec = codec;
    this.keyOf = keyOf;
  }

  /**
   * The page {@code request} asks for.
   *
   * @param tokenKey the store's key that signs tokens
   * @param binding what the token is bound to: the operation, the caller and the filter
   */
  public Page<T> page(byte[] tokenKey, String binding, PageRequest request, Rows<T, K> rows) {
    K after = null;
    if (request.nextToken() != null) {
      String position = PageTokens.decode(tokenKey, binding, request.nextToken());
      try {
        after = codec.decode(position);
      } catch (RuntimeException e) {
        throw PageTokens.invalid();
      }
    }
    int size = request.size();
    List<T> read = rows.after(after, size + 1);
    if (read.size() <= size) {
      return new Page<>(read, null);
    }
    List<T> items = read.subList(0, size);
    String next =
        PageTokens.encode(tokenKey, binding, codec.encode(keyOf.apply(items.get(size - 1))));
    return new Page<>(items, next);
  }
}
