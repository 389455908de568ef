package dev.orgd.core.model;

import java.util.regex.Pattern;

/** A handshake id: {@code h-} and 8 to 32 lowercase letters or digits. */
public record HandshakeId(String value) implements Comparable<HandshakeId> {
  private static final Pattern FORMAT = Pattern.compile("h-[0-9a-z]{8,32}");

  public HandshakeId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid HandshakeId: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(HandshakeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
