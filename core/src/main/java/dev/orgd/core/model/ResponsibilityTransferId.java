package dev.orgd.core.model;

import java.util.regex.Pattern;

/** A responsibility transfer id: {@code rt-} and 8 to 32 lowercase letters or digits. */
public record ResponsibilityTransferId(String value) {
  private static final Pattern FORMAT = Pattern.compile("rt-[0-9a-z]{8,32}");

  public ResponsibilityTransferId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid ResponsibilityTransferId: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
