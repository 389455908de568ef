package dev.orgd.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An AWS account as orgd knows it: its email and name, and its membership when it belongs to an
 * organization ({@code organizationId}, {@code joinedMethod} and {@code joinedAt} are all null for
 * a standalone account). A member sits under its organization's root, or in the OU {@code
 * organizationalUnitId} names; a member joins under the root, and the place goes with the
 * membership.
 *
 * <p>{@code closureRequestedAt} is when CloseAccount closed it (null: never closed); the account's
 * status follows from it and orgd's clock ({@link #at}). {@code govCloudAccountId} is the AWS
 * GovCloud (US) account paired with this one (null: none).
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
    OrganizationalUnitId organizationalUnitId,
    Instant closureRequestedAt,
    AccountId govCloudAccountId) {

  /**
   * How long a closed account stays in its organization after its closure completed: "After 90
   * days, the closed member account is permanently removed from your organization".
   */
  public static final Duration POST_CLOSURE_PERIOD = Duration.ofDays(90);

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

  /** An account that was never closed and has no GovCloud account. */
  public Account(
      AccountId id,
      String email,
      String name,
      OrganizationId organizationId,
      JoinedMethod joinedMethod,
      Instant joinedAt,
      AccountStatus status,
      List<Tag> tags,
      OrganizationalUnitId organizationalUnitId) {
    this(
        id,
        email,
        name,
        organizationId,
        joinedMethod,
        joinedAt,
        status,
        tags,
        organizationalUnitId,
        null,
        null);
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
    return with(c -> c.membership(org, method, at), c -> c.tags = newTags);
  }

  /** The same account out of any organization; its tags go with the membership. */
  public Account leaving() {
    return with(c -> c.membership(null, null, null), c -> c.tags = List.of());
  }

  public Account withContact(String newEmail, String newName) {
    return with(c -> c.email = newEmail, c -> c.name = newName);
  }

  /** The same account with {@code newTags} in place of its tags. */
  public Account withTags(List<Tag> newTags) {
    return with(c -> c.tags = newTags);
  }

  /** The same member in the OU {@code ou} (null: under the root). */
  public Account movedTo(OrganizationalUnitId ou) {
    return with(c -> c.organizationalUnitId = ou);
  }

  /** The same account with its closure requested at {@code at}. */
  public Account closedAt(Instant at) {
    return with(c -> c.closureRequestedAt = at);
  }

  /** The same account paired with the GovCloud account {@code govCloud} (null: unpaired). */
  public Account withGovCloudAccount(AccountId govCloud) {
    return with(c -> c.govCloudAccountId = govCloud);
  }

  public boolean isClosed() {
    return closureRequestedAt != null;
  }

  /**
   * The account as it reads at {@code now} when a closure takes {@code closeDelay} to complete:
   * PENDING_CLOSURE until then, SUSPENDED (state CLOSED) afterwards. Nothing runs in the
   * background; the status is computed from the stored closure instant, like a handshake's.
   */
  public Account at(Instant now, Duration closeDelay) {
    if (closureRequestedAt == null) {
      return this;
    }
    AccountStatus current =
        now.isBefore(closureRequestedAt.plus(closeDelay))
            ? AccountStatus.PENDING_CLOSURE
            : AccountStatus.SUSPENDED;
    return current == status ? this : with(c -> c.status = current);
  }

  /**
   * Whether, at {@code now}, this closed account has left its organization: 90 days after its
   * closure completed.
   */
  public boolean isGoneAt(Instant now, Duration closeDelay) {
    return closureRequestedAt != null
        && !now.isBefore(closureRequestedAt.plus(closeDelay).plus(POST_CLOSURE_PERIOD));
  }

  /**
   * The model's {@code State}, which tells a closure (CLOSED) from a suspension by AWS (SUSPENDED),
   * both of which the retiring {@code Status} calls SUSPENDED.
   */
  public AccountState state() {
    return switch (status) {
      case ACTIVE -> AccountState.ACTIVE;
      case PENDING_CLOSURE -> AccountState.PENDING_CLOSURE;
      case SUSPENDED -> closureRequestedAt == null ? AccountState.SUSPENDED : AccountState.CLOSED;
    };
  }

  /** This account with {@code changes} made to a copy of its components. */
  @SafeVarargs
  private Account with(Consumer<Copy>... changes) {
    Copy copy = new Copy(this);
    for (Consumer<Copy> change : changes) {
      change.accept(copy);
    }
    return copy.build();
  }

  /**
   * The components of an account, changeable, so that each copy method names only what it changes;
   * {@link #build} validates like the constructor, because it calls it.
   */
  private static final class Copy {
    private final AccountId id;
    private String email;
    private String name;
    private OrganizationId organizationId;
    private JoinedMethod joinedMethod;
    private Instant joinedAt;
    private AccountStatus status;
    private List<Tag> tags;
    private OrganizationalUnitId organizationalUnitId;
    private Instant closureRequestedAt;
    private AccountId govCloudAccountId;

    Copy(Account account) {
      id = account.id;
      email = account.email;
      name = account.name;
      organizationId = account.organizationId;
      joinedMethod = account.joinedMethod;
      joinedAt = account.joinedAt;
      status = account.status;
      tags = account.tags;
      organizationalUnitId = account.organizationalUnitId;
      closureRequestedAt = account.closureRequestedAt;
      govCloudAccountId = account.govCloudAccountId;
    }

    /** The membership in {@code org} (null: none), under the organization's root. */
    void membership(OrganizationId org, JoinedMethod method, Instant at) {
      organizationId = org;
      joinedMethod = method;
      joinedAt = at;
      organizationalUnitId = null;
    }

    Account build() {
      return new Account(
          id,
          email,
          name,
          organizationId,
          joinedMethod,
          joinedAt,
          status,
          tags,
          organizationalUnitId,
          closureRequestedAt,
          govCloudAccountId);
    }
  }
}
