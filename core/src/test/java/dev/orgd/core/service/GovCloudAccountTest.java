package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Partition;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.PageRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CreateGovCloudAccount (research 13.7). */
class GovCloudAccountTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  static final AccountId MGMT_GOVCLOUD = account(9);

  final World w = new World();
  final AccountService accounts = w.orgd.accounts();

  private CreateAccountStatus create(AccountId caller, Partition partition) {
    return accounts.createGovCloudAccount(
        caller, partition, "gov@example.com", "Gov", List.of(new Tag("k", "v")));
  }

  @Test
  void aManagementAccountWithoutAGovCloudAccountCannotCreateOne() {
    w.organization(MGMT, FeatureSet.ALL);
    assertError(
        () -> create(MGMT, Partition.AWS),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED);
  }

  @Test
  void aPairedManagementAccountCreatesAMemberPairedWithANewGovCloudAccount() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().registerAccount(MGMT, null, null, MGMT_GOVCLOUD);

    CreateAccountStatus status = create(MGMT, Partition.AWS);

    assertThat(status.state()).isEqualTo(CreateAccountState.SUCCEEDED);
    assertThat(status.govCloudAccountId()).isNotNull().isNotEqualTo(status.accountId());
    Account member = w.orgd.organizations().describeAccount(MGMT, status.accountId()).account();
    assertThat(member.organizationId()).isEqualTo(org);
    assertThat(member.organizationalUnitId()).isNull();
    assertThat(member.joinedMethod()).isEqualTo(JoinedMethod.CREATED);
    assertThat(member.tags()).containsExactly(new Tag("k", "v"));
    assertThat(member.govCloudAccountId()).isEqualTo(status.govCloudAccountId());
    assertThat(accounts.describeCreateAccountStatus(MGMT, status.id())).isEqualTo(status);
    assertThat(accounts.listCreateAccountStatus(MGMT, Set.of(), PageRequest.first()).items())
        .containsExactly(status);
  }

  @Test
  void failuresAreTheCreateAccountOnesWithNoGovCloudAccount() {
    OrganizationId org = w.organization(MGMT, FeatureSet.ALL);
    w.orgd.control().registerAccount(MGMT, null, null, MGMT_GOVCLOUD);
    create(MGMT, Partition.AWS);

    CreateAccountStatus again = create(MGMT, Partition.AWS);
    assertThat(again.failureReason()).isEqualTo("EMAIL_ALREADY_EXISTS");
    assertThat(again.govCloudAccountId()).isNull();
    w.orgd.control().setQuota(org, 2);
    assertThat(
            accounts
                .createGovCloudAccount(MGMT, Partition.AWS, "b@example.com", "B", List.of())
                .failureReason())
        .isEqualTo("ACCOUNT_LIMIT_EXCEEDED");
  }

  @Test
  void callersAndPartitionsThatCannotCreateOne() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    w.orgd.control().registerAccount(MGMT, null, null, MGMT_GOVCLOUD);

    assertError(() -> create(MEMBER, Partition.AWS), ErrorCode.ACCESS_DENIED);
    assertError(() -> create(account(7), Partition.AWS), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    assertError(() -> create(MGMT, Partition.AWS_US_GOV), ErrorCode.UNSUPPORTED_A_P_I_ENDPOINT);
    assertError(() -> create(MGMT, Partition.AWS_CN), ErrorCode.UNSUPPORTED_A_P_I_ENDPOINT);
  }
}
