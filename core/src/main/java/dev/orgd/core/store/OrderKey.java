package dev.orgd.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The key of a listing in the order things happened: an instant, then an id that breaks ties
 * (policies by creation, attachments by attachment).
 */
public record OrderKey(Instant at, String id) implements Comparable<OrderKey> {

  public OrderKey {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(OrderKey other) {
    int byTime = at.compareTo(other.at);
    return byTime != 0 ? byTime : id.compareTo(other.id);
  }

  /** {@code millis:id}, as a page token carries it. */
  public String encode() {
    return at.toEpochMilli() + ":" + id;
  }

  public static OrderKey decode(String text) {
    int colon = text.indexOf(':');
    return new OrderKey(
        Instant.ofEpochMilli(Long.parseLong(text.substring(0, colon))), text.substring(colon + 1));
  }
}
