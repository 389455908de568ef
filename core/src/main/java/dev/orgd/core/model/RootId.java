package dev.orgd.core.model;

import java.util.regex.Pattern;

/** A root id: {@code r-} and 4 to 32 lowercase letters or digits. */
public record RootId(String value) implements Comparable<RootId> {
  private static final Pattern FORMAT = Pattern.compile("r-[0-9a-z]{4,32}");

  public RootId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid RootId: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(RootId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
