package dev.orgd.core.model;

import java.util.regex.Pattern;

/**
 * An OU id: {@code ou-}, the suffix of the root that contains it, {@code -}, and 8 to 32 lowercase
 * letters or digits.
 */
public record OrganizationalUnitId(String value) implements Comparable<OrganizationalUnitId> {
  private static final Pattern FORMAT = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");

  public OrganizationalUnitId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid OrganizationalUnitId: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(OrganizationalUnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
