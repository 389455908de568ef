package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.page.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationServiceTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  final World w = new World();
  final OrganizationService organizations = w.orgd.organizations();

  @Test
  void createAndDescribe() {
    OrganizationDetails created = organizations.createOrganization(MGMT, FeatureSet.ALL);
    assertThat(created.organization().id().value()).matches("o-[a-z0-9]{10}");
    assertThat(created.organization().rootId().value()).matches("r-[a-z0-9]{4}");
    assertThat(created.organization().arn())
        .isEqualTo(
            "arn:aws:organizations::" + MGMT + ":organization/" + created.organization().id());
    assertThat(created.managementEmail()).isEqualTo("account-" + MGMT + "@example.com");
    assertThat(organizations.describeOrganization(MGMT)).isEqualTo(created);
    assertError(
        () -> organizations.createOrganization(MGMT, FeatureSet.ALL),
        ErrorCode.ALREADY_IN_ORGANIZATION);
    assertError(
        () -> organizations.describeOrganization(MEMBER), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
  }

  @Test
  void deleteNeedsAnEmptyOrganizationAndFreesTheManagementAccount() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    assertError(() -> organizations.deleteOrganization(MEMBER), ErrorCode.ACCESS_DENIED);
    assertError(() -> organizations.deleteOrganization(MGMT), ErrorCode.ORGANIZATION_NOT_EMPTY);
    organizations.removeAccount(MGMT, MEMBER);
    organizations.deleteOrganization(MGMT);
    assertError(
        () -> organizations.describeOrganization(MGMT), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    assertThat(organizations.createOrganization(MGMT, FeatureSet.ALL)).isNotNull();
  }

  @Test
  void deletingAnOrganizationDeletesItsCreateAccountRequests() {
    w.organization(MGMT, FeatureSet.ALL);
    CreateAccountStatus created =
        w.orgd.accounts().createAccount(MGMT, "new@example.com", "New", List.of());
    organizations.removeAccount(MGMT, created.accountId());

    organizations.deleteOrganization(MGMT);

    Optional<CreateAccountStatus> stored =
        w.orgd.store().read(tx -> tx.createAccountRequests().find(created.id()));
    assertThat(stored).isEmpty();
  }

  @Test
  void leaveAndRemoveRules() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    assertError(
        () -> organizations.leaveOrganization(MGMT), ErrorCode.MASTER_CANNOT_LEAVE_ORGANIZATION);
    assertError(
        () -> organizations.removeAccount(MGMT, MGMT), ErrorCode.MASTER_CANNOT_LEAVE_ORGANIZATION);
    assertError(() -> organizations.removeAccount(MGMT, account(9)), ErrorCode.ACCOUNT_NOT_FOUND);
    assertError(() -> organizations.removeAccount(MEMBER, MGMT), ErrorCode.ACCESS_DENIED);
    w.orgd.serviceAccess().enable(MGMT, "guardduty.amazonaws.com");
    w.orgd.delegatedAdministrators().register(MGMT, MEMBER, "guardduty.amazonaws.com");
    assertError(
        () -> organizations.leaveOrganization(MEMBER),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG);
    w.orgd.delegatedAdministrators().deregister(MGMT, MEMBER, "guardduty.amazonaws.com");
    organizations.leaveOrganization(MEMBER);
    assertError(
        () -> organizations.leaveOrganization(MEMBER), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    assertThat(organizations.listAccounts(MGMT, PageRequest.first()).items()).hasSize(1);
  }

  @Test
  void createAccountSucceedsAtOnceAndCountsAgainstTheQuota() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 2);
    CreateAccountStatus ok =
        w.orgd.accounts().createAccount(MGMT, "new@example.com", "New", List.of());
    assertThat(ok.state()).isEqualTo(CreateAccountState.SUCCEEDED);
    assertThat(ok.accountId().value()).matches("\\d{12}");
    assertThat(organizations.describeAccount(MGMT, ok.accountId()).account().joinedMethod())
        .isEqualTo(JoinedMethod.CREATED);
    CreateAccountStatus full =
        w.orgd.accounts().createAccount(MGMT, "more@example.com", "More", List.of());
    assertThat(full.state()).isEqualTo(CreateAccountState.FAILED);
    assertThat(full.failureReason()).isEqualTo("ACCOUNT_LIMIT_EXCEEDED");
    assertThat(w.orgd.accounts().describeCreateAccountStatus(MGMT, ok.id())).isEqualTo(ok);
    assertThat(
            w.orgd
                .accounts()
                .listCreateAccountStatus(
                    MGMT, Set.of(CreateAccountState.FAILED), PageRequest.first())
                .items())
        .containsExactly(full);
  }

  @Test
  void createAccountWithAnEmailInUseFails() {
    w.organization(MGMT, FeatureSet.ALL);
    CreateAccountStatus status =
        w.orgd.accounts().createAccount(MGMT, "ACCOUNT-" + MGMT + "@example.com", "x", List.of());
    assertThat(status.failureReason()).isEqualTo("EMAIL_ALREADY_EXISTS");
  }

  @Test
  void listAccountsPagesByAccountId() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 50);
    for (int i = 0; i < 25; i++) {
      w.orgd.accounts().createAccount(MGMT, "a" + i + "@example.com", "a" + i, List.of());
    }
    var first = organizations.listAccounts(MGMT, PageRequest.first());
    assertThat(first.items()).hasSize(20);
    var second = organizations.listAccounts(MGMT, new PageRequest(null, first.nextToken()));
    assertThat(second.items()).hasSize(6);
    assertThat(second.nextToken()).isNull();
    assertThat(first.items().get(19).account().id().value())
        .isLessThan(second.items().get(0).account().id().value());
  }

  @Test
  void listCreateAccountStatusPagesNewestFirstWithTokensBoundToTheFilter() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().setQuota(org, 4);
    List<CreateAccountStatus> created = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(w.orgd.accounts().createAccount(MGMT, "c" + i + "@example.com", "c", List.of()));
      w.advance(java.time.Duration.ofSeconds(1));
    }
    var accounts = w.orgd.accounts();

    var first = accounts.listCreateAccountStatus(MGMT, Set.of(), new PageRequest(2, null));
    var second =
        accounts.listCreateAccountStatus(MGMT, Set.of(), new PageRequest(2, first.nextToken()));
    var third =
        accounts.listCreateAccountStatus(MGMT, Set.of(), new PageRequest(2, second.nextToken()));
    var succeeded =
        accounts.listCreateAccountStatus(
            MGMT, Set.of(CreateAccountState.SUCCEEDED), new PageRequest(2, null));

    java.util.Collections.reverse(created);
    assertThat(first.items()).containsExactlyElementsOf(created.subList(0, 2));
    assertThat(second.items()).containsExactlyElementsOf(created.subList(2, 4));
    assertThat(third.items()).containsExactlyElementsOf(created.subList(4, 5));
    assertThat(third.nextToken()).isNull();
    assertThat(succeeded.items()).containsExactlyElementsOf(created.subList(2, 4));
    assertError(
        () ->
            accounts.listCreateAccountStatus(
                MGMT, Set.of(CreateAccountState.FAILED), new PageRequest(2, first.nextToken())),
        ErrorCode.INVALID_INPUT);
  }

  @Test
  void delegatedAdministrators() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    var das = w.orgd.delegatedAdministrators();
    w.orgd.serviceAccess().enable(MGMT, "config.amazonaws.com");
    w.orgd.serviceAccess().enable(MGMT, "access-analyzer.amazonaws.com");
    assertError(
        () -> das.register(MGMT, MGMT, "config.amazonaws.com"),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR);
    das.register(MGMT, MEMBER, "config.amazonaws.com");
    das.register(MGMT, MEMBER, "access-analyzer.amazonaws.com");
    assertError(
        () -> das.register(MGMT, MEMBER, "config.amazonaws.com"),
        ErrorCode.ACCOUNT_ALREADY_REGISTERED);
    assertThat(das.list(MEMBER, null, PageRequest.first()).items()).hasSize(1);
    var other = account(3);
    w.join(MGMT, other);
    das.register(MGMT, other, "config.amazonaws.com");
    var firstAdmin = das.list(MGMT, "config.amazonaws.com", new PageRequest(1, null));
    var secondAdmin =
        das.list(MGMT, "config.amazonaws.com", new PageRequest(1, firstAdmin.nextToken()));
    assertThat(firstAdmin.items())
        .extracting(d -> d.account().account().id())
        .containsExactly(MEMBER);
    assertThat(secondAdmin.items())
        .extracting(d -> d.account().account().id())
        .containsExactly(other);
    assertThat(secondAdmin.nextToken()).isNull();
    assertThat(das.list(MGMT, "access-analyzer.amazonaws.com", PageRequest.first()).items())
        .extracting(d -> d.account().account().id())
        .containsExactly(MEMBER);
    var firstService = das.services(MGMT, MEMBER, new PageRequest(1, null));
    assertThat(firstService.items())
        .extracting(d -> d.servicePrincipal())
        .containsExactly("access-analyzer.amazonaws.com");
    assertThat(das.services(MGMT, MEMBER, new PageRequest(1, firstService.nextToken())).items())
        .extracting(d -> d.servicePrincipal())
        .containsExactly("config.amazonaws.com");
    das.deregister(MGMT, other, "config.amazonaws.com");
    assertThat(das.services(MGMT, MEMBER, PageRequest.first()).items())
        .extracting(d -> d.servicePrincipal())
        .containsExactly("access-analyzer.amazonaws.com", "config.amazonaws.com");
    das.deregister(MGMT, MEMBER, "config.amazonaws.com");
    das.deregister(MGMT, MEMBER, "access-analyzer.amazonaws.com");
    assertError(
        () -> das.services(MGMT, MEMBER, PageRequest.first()), ErrorCode.ACCOUNT_NOT_REGISTERED);
    assertError(
        () -> das.deregister(MGMT, MEMBER, "config.amazonaws.com"),
        ErrorCode.ACCOUNT_NOT_REGISTERED);
  }
}
