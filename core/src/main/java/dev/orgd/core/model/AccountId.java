package dev.orgd.core.model;

import java.util.regex.Pattern;

/** A 12-digit AWS account id. */
public record AccountId(String value) implements Comparable<AccountId> {
  private static final Pattern FORMAT = Pattern.compile("\\d{12}");

  public AccountId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid AccountId: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
