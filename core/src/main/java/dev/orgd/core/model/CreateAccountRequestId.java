package dev.orgd.core.model;

import java.util.regex.Pattern;

/** The id of a CreateAccount request: {@code car-} and 8 to 32 lowercase letters or digits. */
public record CreateAccountRequestId(String value) implements Comparable<CreateAccountRequestId> {
  private static final Pattern FORMAT = Pattern.compile("car-[a-z0-9]{8,32}");

  public CreateAccountRequestId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid CreateAccountRequestId: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(CreateAccountRequestId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
