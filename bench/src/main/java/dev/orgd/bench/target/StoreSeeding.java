package dev.orgd.bench.target;

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
import dev.orgd.core.store.Store;
import dev.orgd.core.store.StoreTx;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Fills an empty orgd {@link Store} through its port: one organization with its management account,
 * then {@code n} invitations it sent, written in units of {@value #BATCH} handshakes. The
 * handshakes are shaped as orgd's own invitations are (the organization and the invited account as
 * parties; the organization with its management email, name and feature set, and the account, as
 * resources) and of varied states: a quarter each open, accepted, declined and canceled. They were
 * requested over the last {@value #SPREAD_DAYS} days, so none has expired or passed its retention,
 * and every one is listed. {@link #seedAccounts} fills an organization with accounts and
 * create-account requests instead.
 */
public final class StoreSeeding {

  /** The management account of the seeded organization. */
  public static final String MANAGEMENT_ACCOUNT = "111111111111";

  /** The root of the seeded organization, under which every seeded account is. */
  public static final String ROOT_ID = "r-bnch";

  /** Handshakes per unit of work. */
  static final int BATCH = 5_000;

  private static final int SPREAD_DAYS = 14;
  private static final long FIRST_INVITED_ACCOUNT = 400_000_000_000L;
  private static final long FIRST_CREATED_ACCOUNT = 500_000_000_000L;
  private static final OrganizationId ORGANIZATION = new OrganizationId("o-benchseed01");
  private static final String MANAGEMENT_EMAIL = "management@example.com";
  private static final String MANAGEMENT_NAME = "bench-management";
  private static final HandshakeState[] STATES = {
    HandshakeState.OPEN, HandshakeState.ACCEPTED, HandshakeState.DECLINED, HandshakeState.CANCELED
  };

  private StoreSeeding() {}

  /** Writes the organization and {@code handshakes} handshakes into {@code store}. */
  public static void seed(Store store, long handshakes, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    Organization org = organization(store, at, Organization.DEFAULT_MAX_ACCOUNTS);
    long spreadMillis = Duration.ofDays(SPREAD_DAYS).toMillis();
    inBatches(
        store,
        0,
        handshakes,
        (tx, i) -> {
          // Oldest first, the last one requested a second ago.
          Instant requested =
              at.minusMillis(1_000 + spreadMillis - spreadMillis * i / Math.max(1, handshakes));
          tx.handshakes().save(handshake(tx, org, i, requested));
        });
  }

  /** Writes row {@code i} of a seeding. */
  @FunctionalInterface
  private interface Row {
    void write(StoreTx tx, long i);
  }

  /** Writes rows {@code from} (inclusive) to {@code to} in units of work of {@value #BATCH}. */
  private static void inBatches(Store store, long from, long to, Row row) {
    for (long first = from; first < to; first += BATCH) {
      long start = first;
      long end = Math.min(to, first + BATCH);
      store.write(
          tx -> {
            for (long i = start; i < end; i++) {
              row.write(tx, i);
            }
            return null;
          });
    }
  }

  /**
   * Writes an organization of {@code accounts} accounts (its management account and members that it
   * created) and one create-account request for each member, in units of {@value #BATCH}, requested
   * a second apart and all SUCCEEDED, as orgd's CreateAccount leaves them.
   */
  public static void seedAccounts(Store store, long accounts, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    Organization org = organization(store, at, (int) Math.max(accounts, 10));
    inBatches(
        store,
        1,
        accounts,
        (tx, i) -> {
          AccountId id = new AccountId(String.format("%012d", FIRST_CREATED_ACCOUNT + i));
          Instant requested = at.minusSeconds(accounts - i);
          tx.accounts()
              .save(
                  new Account(
                      id,
                      "created-" + id + "@example.com",
                      "created-" + i,
                      org.id(),
                      JoinedMethod.CREATED,
                      requested,
                      AccountStatus.ACTIVE,
                      List.of()));
          tx.createAccountRequests()
              .save(
                  new CreateAccountStatus(
                      new CreateAccountRequestId(String.format("car-%012d", i)),
                      org.id(),
                      "created-" + i,
                      CreateAccountState.SUCCEEDED,
                      requested,
                      requested,
                      id,
                      null));
        });
  }

  /** Writes the organization and its management account; returns the organization. */
  private static Organization organization(Store store, Instant at, int maxAccounts) {
    AccountId management = new AccountId(MANAGEMENT_ACCOUNT);
    Organization org =
        new Organization(
            ORGANIZATION,
            management,
            FeatureSet.ALL,
            new RootId(ROOT_ID),
            maxAccounts,
            at.minus(Duration.ofDays(SPREAD_DAYS + 1)));
    store.write(
        tx -> {
          tx.organizations().save(org);
          tx.accounts()
              .save(
                  new Account(
                      management,
                      MANAGEMENT_EMAIL,
                      MANAGEMENT_NAME,
                      org.id(),
                      JoinedMethod.INVITED,
                      org.createdAt(),
                      AccountStatus.ACTIVE,
                      List.of()));
          return null;
        });
    return org;
  }

  private static Handshake handshake(StoreTx tx, Organization org, long i, Instant requested) {
    String invited = String.format("%012d", FIRST_INVITED_ACCOUNT + i);
    HandshakeState state = STATES[(int) (i % STATES.length)];
    Instant changed = state == HandshakeState.OPEN ? requested : requested.plusSeconds(60);
    List<HandshakeResource> resources =
        List.of(
            new HandshakeResource(
                HandshakeResourceType.ORGANIZATION,
                org.id().value(),
                List.of(
                    HandshakeResource.of(HandshakeResourceType.MASTER_EMAIL, MANAGEMENT_EMAIL),
                    HandshakeResource.of(HandshakeResourceType.MASTER_NAME, MANAGEMENT_NAME),
                    HandshakeResource.of(
                        HandshakeResourceType.ORGANIZATION_FEATURE_SET, org.featureSet().name()))),
            HandshakeResource.of(HandshakeResourceType.ACCOUNT, invited));
    return new Handshake(
        new HandshakeId(String.format("h-%032x", i + 1)),
        org.id(),
        org.managementAccountId(),
        ActionType.INVITE,
        state,
        requested,
        requested.plus(Duration.ofDays(15)),
        changed,
        List.of(
            new Party(org.id().value(), PartyType.ORGANIZATION),
            new Party(invited, PartyType.ACCOUNT)),
        resources,
        null,
        new AccountId(invited),
        null,
        List.of(),
        tx.handshakes().nextSequence());
  }
}
