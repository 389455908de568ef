package dev.orgd.core.page;

import java.util.function.Function;

/**
 * How the key of a listing's last item travels inside a page token: as text, and back. A key that
 * does not decode makes the token invalid.
 *
 * @param <K> the listing's key: unique along the listing and in its order
 */
public interface KeyCodec<K> {

  String encode(K key);

  /** The key {@code text} names; any runtime exception means the text names none. */
  K decode(String text);

  static <K> KeyCodec<K> of(Function<K, String> encode, Function<String, K> decode) {
    return new KeyCodec<>() {
      @Override
      public String encode(K key) {
        return encode.apply(key);
      }

      @Override
      public K decode(String text) {
        return decode.apply(text);
      }
    };
  }
}
