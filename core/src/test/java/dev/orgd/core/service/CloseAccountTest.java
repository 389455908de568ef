package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.Reason;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.AccountState;
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.ChildType;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.page.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CloseAccount and the closed account's lifecycle on orgd's clock (research 13.5). */
class CloseAccountTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  static final AccountId DA = account(3);
  static final AccountId STANDALONE = account(4);
  static final AccountId OTHER_MGMT = account(5);
  static final String SSO = "sso.amazonaws.com";
  static final Duration POST_CLOSURE = Duration.ofDays(90);

  World w = new World();

  private OrganizationId organization(World world) {
    OrganizationId org = world.organization(MGMT, FeatureSet.ALL);
    world.join(MGMT, MEMBER);
    world.join(MGMT, DA);
    world.orgd.serviceAccess().enable(MGMT, SSO);
    world.orgd.delegatedAdministrators().register(MGMT, DA, SSO);
    return org;
  }

  private Account describe(AccountId id) {
    return w.orgd.organizations().describeAccount(MGMT, id).account();
  }

  private void close(AccountId id) {
    w.orgd.closures().closeAccount(MGMT, id);
  }

  record Case(
      String name,
      Consumer<World> setup,
      AccountId caller,
      AccountId target,
      ErrorCode code,
      Reason reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> errors() {
    Consumer<World> none = world -> {};
    return Stream.of(
            new Case("a member calls", none, MEMBER, DA, ErrorCode.ACCESS_DENIED, null),
            new Case(
                "a delegated administrator calls", none, DA, MEMBER, ErrorCode.ACCESS_DENIED, null),
            new Case(
                "an account in no organization calls",
                none,
                STANDALONE,
                MEMBER,
                ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE,
                null),
            new Case(
                "an account outside the organization",
                none,
                MGMT,
                STANDALONE,
                ErrorCode.ACCOUNT_NOT_FOUND,
                null),
            new Case(
                "an account of another organization",
                world -> world.organization(OTHER_MGMT, FeatureSet.ALL),
                MGMT,
                OTHER_MGMT,
                ErrorCode.ACCOUNT_NOT_FOUND,
                null),
            new Case(
                "the management account",
                none,
                MGMT,
                MGMT,
                ErrorCode.CONSTRAINT_VIOLATION,
                ConstraintViolationReason.CANNOT_CLOSE_MANAGEMENT_ACCOUNT),
            new Case(
                "an account already closed",
                world -> world.orgd.closures().closeAccount(MGMT, MEMBER),
                MGMT,
                MEMBER,
                ErrorCode.ACCOUNT_ALREADY_CLOSED,
                null),
            new Case(
                "an account closed and suspended for 89 days",
                world -> {
                  world.orgd.closures().closeAccount(MGMT, MEMBER);
                  world.advance(Duration.ofDays(89));
                },
                MGMT,
                MEMBER,
                ErrorCode.ACCOUNT_ALREADY_CLOSED,
                null),
            new Case(
                "an account that left 90 days after its closure",
                world -> {
                  world.orgd.closures().closeAccount(MGMT, MEMBER);
                  world.advance(POST_CLOSURE);
                },
                MGMT,
                MEMBER,
                ErrorCode.ACCOUNT_NOT_FOUND,
                null))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void refusedCloseAccount(Case c) {
    organization(w);
    c.setup().accept(w);
    assertError(() -> w.orgd.closures().closeAccount(c.caller(), c.target()), c.code(), c.reason());
  }

  @Test
  void aConsolidatedBillingOrganizationCannotCloseAccounts() {
    w.organization(MGMT, FeatureSet.CONSOLIDATED_BILLING);
    w.join(MGMT, MEMBER);
    assertError(
        () -> close(MEMBER),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.ORGANIZATION_NOT_IN_ALL_FEATURES_MODE);
    // The role and the account come first.
    assertError(() -> w.orgd.closures().closeAccount(MEMBER, MEMBER), ErrorCode.ACCESS_DENIED);
    assertError(() -> close(STANDALONE), ErrorCode.ACCOUNT_NOT_FOUND);
  }

  @Test
  void aClosedAccountReadsSuspendedAndClosedEverywhereUntilItLeaves() {
    organization(w);
    String ou =
        w.orgd
            .structure()
            .createOrganizationalUnit(MGMT, rootId(), "Prod", List.of())
            .organizationalUnit()
            .id()
            .value();
    w.orgd.structure().moveAccount(MGMT, MEMBER, rootId(), ou);

    close(MEMBER);

    Account closed = describe(MEMBER);
    assertThat(closed.status()).isEqualTo(AccountStatus.SUSPENDED);
    assertThat(closed.state()).isEqualTo(AccountState.CLOSED);
    assertThat(listed())
        .filteredOn(a -> a.id().equals(MEMBER))
        .extracting(Account::state)
        .containsExactly(AccountState.CLOSED);
    assertThat(w.orgd.structure().listAccountsForParent(MGMT, ou, PageRequest.first()).items())
        .extracting(d -> d.account().state())
        .containsExactly(AccountState.CLOSED);
    assertThat(w.orgd.structure().listParents(MGMT, MEMBER.value(), PageRequest.first()).items())
        .extracting(p -> p.id())
        .containsExactly(ou);

    w.advance(POST_CLOSURE.minusMillis(1));
    assertThat(describe(MEMBER).state()).isEqualTo(AccountState.CLOSED);

    w.advance(Duration.ofMillis(1));
    // Read before any write removed it: gone from every read already.
    assertError(() -> describe(MEMBER), ErrorCode.ACCOUNT_NOT_FOUND);
    assertThat(listed()).extracting(Account::id).doesNotContain(MEMBER);
    assertThat(w.orgd.structure().listAccountsForParent(MGMT, ou, PageRequest.first()).items())
        .isEmpty();
    assertThat(
            w.orgd
                .structure()
                .listChildren(MGMT, ou, ChildType.ACCOUNT, PageRequest.first())
                .items())
        .isEmpty();
    assertError(
        () -> w.orgd.structure().listParents(MGMT, MEMBER.value(), PageRequest.first()),
        ErrorCode.CHILD_NOT_FOUND);
    assertError(
        () -> w.orgd.tags().listTagsForResource(MGMT, MEMBER.value(), null),
        ErrorCode.TARGET_NOT_FOUND);
    // Its OU is empty now, so it can go (the first write also removes the account for good).
    w.orgd.structure().deleteOrganizationalUnit(MGMT, ou);
    assertThat(w.orgd.store().read(tx -> tx.accounts().find(MEMBER)).orElseThrow().isStandalone())
        .isTrue();
  }

  @Test
  void closedAccountsKeepCountingAgainstTheAccountQuotaUntilTheyLeave() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 2);
    w.join(MGMT, MEMBER);
    close(MEMBER);

    assertThat(
            w.orgd
                .accounts()
                .createAccount(MGMT, "new@example.com", "New", List.of())
                .failureReason())
        .isEqualTo("ACCOUNT_LIMIT_EXCEEDED");
    w.advance(POST_CLOSURE);
    assertThat(w.orgd.accounts().createAccount(MGMT, "new@example.com", "New", List.of()).state())
        .isEqualTo(CreateAccountState.SUCCEEDED);
  }

  @Test
  void theOrganizationCanBeDeletedOnceItsClosedAccountsLeft() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    close(MEMBER);
    assertError(
        () -> w.orgd.organizations().deleteOrganization(MGMT), ErrorCode.ORGANIZATION_NOT_EMPTY);

    w.advance(POST_CLOSURE);
    w.orgd.organizations().deleteOrganization(MGMT);

    assertThat(w.orgd.store().read(tx -> tx.accounts().find(MEMBER)).orElseThrow().isStandalone())
        .isTrue();
  }

  @Test
  void aDelegatedAdministratorThatIsClosedLosesItsRegistrationsWhenItLeaves() {
    organization(w);
    close(DA);
    assertThat(w.orgd.delegatedAdministrators().list(MGMT, null, PageRequest.first()).items())
        .hasSize(1);
    w.advance(POST_CLOSURE);
    w.orgd.accounts().createAccount(MGMT, "x@example.com", "X", List.of()); // any write
    assertThat(w.orgd.delegatedAdministrators().list(MGMT, null, PageRequest.first()).items())
        .isEmpty();
  }

  @Test
  void aClosedAccountCannotBecomeADelegatedAdministrator() {
    organization(w);
    close(MEMBER);
    assertError(
        () -> w.orgd.delegatedAdministrators().register(MGMT, MEMBER, SSO),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR);
  }

  @Test
  void withACloseDelayTheAccountIsPendingClosureFirstAndASecondCloseConflicts() {
    w = new World(Duration.ofMinutes(5));
    organization(w);

    close(MEMBER);

    assertThat(describe(MEMBER).status()).isEqualTo(AccountStatus.PENDING_CLOSURE);
    assertThat(describe(MEMBER).state()).isEqualTo(AccountState.PENDING_CLOSURE);
    assertError(() -> close(MEMBER), ErrorCode.CONFLICT);
    w.advance(Duration.ofMinutes(5));
    assertThat(describe(MEMBER).state()).isEqualTo(AccountState.CLOSED);
    assertError(() -> close(MEMBER), ErrorCode.ACCOUNT_ALREADY_CLOSED);
    // The post-closure period starts when the closure completes.
    w.advance(POST_CLOSURE.minusMillis(1));
    assertThat(describe(MEMBER).state()).isEqualTo(AccountState.CLOSED);
    w.advance(Duration.ofMillis(1));
    assertError(() -> describe(MEMBER), ErrorCode.ACCOUNT_NOT_FOUND);
  }

  @Test
  void onlyThreeClosuresMayBeInProgressAtOnce() {
    w = new World(Duration.ofMinutes(5));
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 10);
    for (int n = 10; n < 14; n++) {
      w.join(MGMT, account(n));
    }
    close(account(10));
    close(account(11));
    close(account(12));

    assertError(
        () -> close(account(13)),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED);
    w.advance(Duration.ofMinutes(5));
    close(account(13));
  }

  @Test
  void theRollingQuotaIsTheHigherOf250And20PercentOfMembersAtMost1000() {
    assertThat(Closures.quota(0)).isEqualTo(250);
    assertThat(Closures.quota(1249)).isEqualTo(250);
    assertThat(Closures.quota(1255)).isEqualTo(251);
    assertThat(Closures.quota(5000)).isEqualTo(1000);
    assertThat(Closures.quota(100_000)).isEqualTo(1000);
  }

  @Test
  void the251stClosureIn30DaysExceedsTheQuotaUntilTheFirstLeavesTheWindow() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 300);
    List<AccountId> members =
        Stream.iterate(0, n -> n + 1)
            .limit(252)
            .map(
                n ->
                    w.orgd
                        .accounts()
                        .createAccount(MGMT, "m" + n + "@example.com", "M" + n, List.of())
                        .accountId())
            .toList();
    close(members.get(0));
    w.advance(Duration.ofDays(1));
    for (AccountId member : members.subList(1, 250)) {
      close(member);
    }

    assertError(
        () -> close(members.get(250)),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.CLOSE_ACCOUNT_QUOTA_EXCEEDED);
    w.advance(Duration.ofDays(29).minusMillis(1));
    assertError(
        () -> close(members.get(250)),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.CLOSE_ACCOUNT_QUOTA_EXCEEDED);
    w.advance(Duration.ofMillis(1));
    close(members.get(250));
    assertError(
        () -> close(members.get(251)),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.CLOSE_ACCOUNT_QUOTA_EXCEEDED);
  }

  private List<Account> listed() {
    return w.orgd.organizations().listAccounts(MGMT, PageRequest.first()).items().stream()
        .map(AccountDetails::account)
        .toList();
  }

  private String rootId() {
    return w.orgd.organizations().describeOrganization(MGMT).organization().rootId().value();
  }
}
