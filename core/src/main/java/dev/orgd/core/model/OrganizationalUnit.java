package dev.orgd.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An organizational unit: its organization, its parent ({@code parentId} null when the parent is
 * the organization's root), its name and its tags. OUs never move, so their depth and path never
 * change after creation.
 */
public record OrganizationalUnit(
    OrganizationalUnitId id,
    OrganizationId organizationId,
    OrganizationalUnitId parentId,
    String name,
    List<Tag> tags) {

  public OrganizationalUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(name, "name");
    tags = List.copyOf(tags);
  }

  public OrganizationalUnit withTags(List<Tag> newTags) {
    return new OrganizationalUnit(id, organizationId, parentId, name, newTags);
  }

  public OrganizationalUnit named(String newName) {
    return new OrganizationalUnit(id, organizationId, parentId, newName, tags);
  }
}
