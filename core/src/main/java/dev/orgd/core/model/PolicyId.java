package dev.orgd.core.model;

import java.util.regex.Pattern;

/**
 * A policy id: {@code p-} and 8 to 128 letters, digits or underscores (the model's PolicyId).
 * orgd's own are {@code p-} and 10 lowercase letters or digits, which also fits the model's ARN
 * pattern; AWS managed ones are {@code p-FullAWSAccess} and {@code p-RCPFullAWSAccess}.
 */
public record PolicyId(String value) implements Comparable<PolicyId> {
  private static final Pattern FORMAT = Pattern.compile("p-[0-9a-zA-Z_]{8,128}");

  public PolicyId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid PolicyId: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(PolicyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
