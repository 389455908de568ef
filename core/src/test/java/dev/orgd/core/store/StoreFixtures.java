package dev.orgd.core.store;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeResource;
import dev.orgd.core.model.HandshakeResourceType;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Party;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.RootId;
import dev.orgd.core.model.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Values for the store contract: ids made from small numbers, one fixed instant, and records with
 * sensible defaults. Timestamps are whole milliseconds, the precision every store keeps.
 */
public final class StoreFixtures {

  /** The instant the contract's stories happen around. */
  public static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  private StoreFixtures() {
    throw new AssertionError("not instantiable");
  }

  public static OrganizationId orgId(int n) {
    return new OrganizationId(String.format("o-%010d", n));
  }

  public static AccountId accountId(int n) {
    return new AccountId(String.format("%012d", n));
  }

  public static HandshakeId handshakeId(int n) {
    return new HandshakeId(String.format("h-%08d", n));
  }

  public static CreateAccountRequestId requestId(int n) {
    return new CreateAccountRequestId(String.format("car-%08d", n));
  }

  public static Organization organization(OrganizationId id, AccountId management) {
    return new Organization(
        id, management, FeatureSet.ALL, new RootId("r-" + id.value().substring(2, 8)), 10, T0);
  }

  /** A member of {@code org}; its email is in mixed case, as users type it. */
  public static Account member(AccountId id, OrganizationId org) {
    return standalone(id).joining(org, JoinedMethod.INVITED, T0, List.of(new Tag("team", "blue")));
  }

  public static Account standalone(AccountId id) {
    return new Account(
        id,
        "Member-" + id.value() + "@Example.COM",
        "Account " + id.value(),
        null,
        null,
        null,
        AccountStatus.ACTIVE,
        List.of());
  }

  public static CreateAccountStatus createAccountStatus(
      CreateAccountRequestId id, OrganizationId org) {
    return new CreateAccountStatus(
        id, org, "new account", CreateAccountState.IN_PROGRESS, T0, null, null, null);
  }

  /** Starts an OPEN INVITE of {@code org}, requested at {@link #T0}, to no one yet. */
  public static HandshakeDraft invite(HandshakeId id, OrganizationId org) {
    return new HandshakeDraft(id, org);
  }

  /** A handshake being put together; {@link #build(long)} gives it its creation sequence. */
  public static final class HandshakeDraft {
    private final HandshakeId id;
    private final OrganizationId org;
    private ActionType action = ActionType.INVITE;
    private HandshakeState state = HandshakeState.OPEN;
    private Instant requestedAt = T0;
    private Duration lifetime = Duration.ofDays(15);
    private Instant stateChangedAt;
    private HandshakeId parent;
    private AccountId recipientAccount;
    private String recipientEmail;

    private HandshakeDraft(HandshakeId id, OrganizationId org) {
      this.id = id;
      this.org = org;
    }

    public HandshakeDraft action(ActionType newAction) {
      this.action = newAction;
      return this;
    }

    public HandshakeDraft requestedAt(Instant at) {
      this.requestedAt = at;
      return this;
    }

    /** How long after the request the handshake expires. */
    public HandshakeDraft lifetime(Duration newLifetime) {
      this.lifetime = newLifetime;
      return this;
    }

    public HandshakeDraft state(HandshakeState newState, Instant changedAt) {
      this.state = newState;
      this.stateChangedAt = changedAt;
      return this;
    }

    public HandshakeDraft parent(HandshakeId parentId) {
      this.parent = parentId;
      return this;
    }

    public HandshakeDraft to(AccountId account) {
      this.recipientAccount = account;
      return this;
    }

    public HandshakeDraft toEmail(String normalizedEmail) {
      this.recipientEmail = normalizedEmail;
      return this;
    }

    public Handshake build(long sequence) {
      AccountId management = new AccountId("99" + org.value().substring(2));
      List<Party> parties =
          recipientAccount == null
              ? List.of(new Party(org.value(), PartyType.ORGANIZATION))
              : List.of(
                  new Party(org.value(), PartyType.ORGANIZATION),
                  new Party(recipientAccount.value(), PartyType.ACCOUNT));
      return new Handshake(
          id,
          org,
          management,
          action,
          state,
          requestedAt,
          requestedAt.plus(lifetime),
          stateChangedAt == null ? requestedAt : stateChangedAt,
          parties,
          List.of(HandshakeResource.of(HandshakeResourceType.ORGANIZATION, org.value())),
          parent,
          recipientAccount,
          recipientEmail,
          List.of(),
          sequence);
    }
  }
}
