package dev.orgd.core.model;

import java.util.regex.Pattern;

/** An organization id: {@code o-} and 10 to 32 lowercase letters or digits. */
public record OrganizationId(String value) implements Comparable<OrganizationId> {
  private static final Pattern FORMAT = Pattern.compile("o-[a-z0-9]{10,32}");

  public OrganizationId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid OrganizationId: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(OrganizationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
