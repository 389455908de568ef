package dev.orgd.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An AWS account as orgd knows it: its email and name, and its membership when it belongs to an
 * organization ({@code organizationId}, {@code joinedMethod} and {@code joinedAt} are all null for
 * a standalone account). A member sits under its organization's root, or in the OU {@code
 * organizationalUnitId} names; a member joins under the root, and the place goes with the
 * membership.
 */
public record Account(
    AccountId id,
    String email,
    String name,
    OrganizationId organizationId,
    JoinedMethod joinedMethod,
    Instant joinedAt,
    AccountStatus status,
    List<Tag> tags,
    OrganizationalUnitId organizationalUnitId) {

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    tags = List.copyOf(tags);
    if ((organizationId == null) != (joinedMethod == null)
        || (organizationId == null) != (joinedAt == null)) {
      throw new IllegalArgumentException("membership fields must be all set or all null: " + id);
    }
    if (organizationId == null && organizationalUnitId != null) {
      throw new IllegalArgumentException("a standalone account is in no OU: " + id);
    }
  }

  /** An account under its organization's root (or standalone). */
  public Account(
      AccountId id,
      String email,
      String name,
      OrganizationId organizationId,
      JoinedMethod joinedMethod,
      Instant joinedAt,
      AccountStatus status,
      List<Tag> tags) {
    this(id, email, name, organizationId, joinedMethod, joinedAt, status, tags, null);
  }

  /** The account orgd assumes for an id it has not seen before. */
  public static Account withDefaults(AccountId id) {
    return new Account(
        id,
        defaultEmail(id),
        "account-" + id.value(),
        null,
        null,
        null,
        AccountStatus.ACTIVE,
        List.of());
  }

  public static String defaultEmail(AccountId id) {
    return "account-" + id.value() + "@example.com";
  }

  /** Emails match case-insensitively; this is the form orgd compares and indexes. */
  public static String normalizeEmail(String email) {
    return email.toLowerCase(Locale.ROOT);
  }

  public boolean isStandalone() {
    return organizationId == null;
  }

  public Account joining(OrganizationId org, JoinedMethod method, Instant at, List<Tag> newTags) {
    return new Account(id, email, name, org, method, at, status, newTags);
  }

  /** The same account out of any organization; its tags go with the membership. */
  public Account leaving() {
    return new Account(id, email, name, null, null, null, status, List.of());
  }

  public Account withContact(String newEmail, String newName) {
    return new Account(
        id,
        newEmail,
        newName,
        organizationId,
        joinedMethod,
        joinedAt,
        status,
        tags,
        organizationalUnitId);
  }

  /** The same account with {@code newTags} in place of its tags. */
  public Account withTags(List<Tag> newTags) {
    return new Account(
        id,
        email,
        name,
        organizationId,
        joinedMethod,
        joinedAt,
        status,
        newTags,
        organizationalUnitId);
  }

  /** The same member in the OU {@code ou} (null: under the root). */
  public Account movedTo(OrganizationalUnitId ou) {
    return new Account(id, email, name, organizationId, joinedMethod, joinedAt, status, tags, ou);
  }
}
