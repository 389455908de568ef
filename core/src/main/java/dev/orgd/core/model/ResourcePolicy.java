package dev.orgd.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organization's resource-based delegation policy: at most one per organization, its id ({@code
 * rp-} and 4 to 128 letters, digits or underscores) kept across updates, and its JSON text.
 */
public record ResourcePolicy(OrganizationId organizationId, String id, String content) {
  private static final Pattern ID = Pattern.compile("rp-[0-9a-zA-Z_]{4,128}");

  public ResourcePolicy {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(content, "content");
    if (!isValidId(id)) {
      throw new IllegalArgumentException("not a resource policy id: " + id);
    }
  }

  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  public ResourcePolicy withContent(String newContent) {
    return new ResourcePolicy(organizationId, id, newContent);
  }
}
