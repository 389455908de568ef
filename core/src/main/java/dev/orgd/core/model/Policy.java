package dev.orgd.core.model;

import dev.orgd.core.policy.PolicyType;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer managed policy of one organization: its type, name, description and document as the
 * caller sent it (whitespace included). AWS managed policies are never stored (see {@link
 * dev.orgd.core.policy.ManagedPolicy}).
 */
public record Policy(
    PolicyId id,
    OrganizationId organizationId,
    PolicyType type,
    String name,
    String description,
    String content,
    Instant createdAt,
    Instant updatedAt) {

  public Policy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The policy with the given parts replaced; a null part stays as it is. */
  public Policy updated(String newName, String newDescription, String newContent, Instant at) {
    return new Policy(
        id,
        organizationId,
        type,
        newName == null ? name : newName,
        newDescription == null ? description : newDescription,
        newContent == null ? content : newContent,
        createdAt,
        at);
  }
}
