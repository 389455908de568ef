package dev.orgd.core.service;

import static dev.orgd.core.service.World.T0;
import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.EnabledService;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trusted access and the service principals orgd recognizes (research 13.4). */
class ServiceAccessTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  static final AccountId DA = account(3);
  static final AccountId STANDALONE = account(4);
  static final String SSO = "sso.amazonaws.com";

  final World w = new World();
  final ServiceAccessService access = w.orgd.serviceAccess();
  final DelegatedAdministratorService das = w.orgd.delegatedAdministrators();

  private void allFeaturesOrganization() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    w.join(MGMT, DA);
  }

  @Test
  void enabledServiceIsListedWithTheDateItWasEnabled() {
    allFeaturesOrganization();

    access.enable(MGMT, SSO);

    assertThat(access.list(MGMT, PageRequest.first()).items())
        .containsExactly(new EnabledService(orgOf(MGMT), SSO, T0));
  }

  @Test
  void enablingTwiceKeepsTheFirstDateAndDisablingTwiceSucceeds() {
    allFeaturesOrganization();
    access.enable(MGMT, SSO);
    w.advance(Duration.ofHours(1));

    access.enable(MGMT, SSO);

    assertThat(access.list(MGMT, PageRequest.first()).items())
        .extracting(EnabledService::enabledAt)
        .containsExactly(T0);
    access.disable(MGMT, SSO);
    access.disable(MGMT, SSO);
    assertThat(access.list(MGMT, PageRequest.first()).items()).isEmpty();
  }

  @Test
  void anUnknownPrincipalIsUnrecognizedUntilAdded() {
    allFeaturesOrganization();
    String custom = "foo.example.com";

    for (Runnable call :
        List.<Runnable>of(
            () -> access.enable(MGMT, custom),
            () -> access.disable(MGMT, custom),
            () -> das.register(MGMT, DA, custom),
            () -> das.deregister(MGMT, DA, custom),
            () -> das.list(MGMT, custom, PageRequest.first()))) {
      assertError(
          call::run, ErrorCode.INVALID_INPUT, InvalidInputReason.UNRECOGNIZED_SERVICE_PRINCIPAL);
    }

    w.orgd.servicePrincipals().addAll(List.of(custom));
    access.enable(MGMT, custom);
    das.register(MGMT, DA, custom);
    assertThat(das.list(MGMT, custom, PageRequest.first()).items()).hasSize(1);
  }

  @Test
  void anUnrecognizedPrincipalIsAnInputErrorBeforeTheCallersRole() {
    w.organization(MGMT, FeatureSet.ALL);

    assertError(
        () -> access.enable(STANDALONE, "foo.example.com"),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.UNRECOGNIZED_SERVICE_PRINCIPAL);
  }

  @Test
  void consolidatedBillingOrganizationsHaveNoTrustedAccess() {
    w.organization(MGMT, FeatureSet.CONSOLIDATED_BILLING);

    for (Runnable call :
        List.<Runnable>of(
            () -> access.enable(MGMT, SSO),
            () -> access.disable(MGMT, SSO),
            () -> access.list(MGMT, PageRequest.first()))) {
      assertError(
          call::run,
          ErrorCode.CONSTRAINT_VIOLATION,
          ConstraintViolationReason.ORGANIZATION_NOT_IN_ALL_FEATURES_MODE);
    }
  }

  @Test
  void onlyTheManagementAccountEnablesAndDelegatedAdministratorsList() {
    allFeaturesOrganization();
    access.enable(MGMT, SSO);
    das.register(MGMT, DA, SSO);

    assertThat(access.list(DA, PageRequest.first()).items()).hasSize(1);
    assertError(() -> access.list(MEMBER, PageRequest.first()), ErrorCode.ACCESS_DENIED);
    assertError(() -> access.enable(DA, SSO), ErrorCode.ACCESS_DENIED);
    assertError(() -> access.disable(MEMBER, SSO), ErrorCode.ACCESS_DENIED);
    assertError(() -> access.enable(STANDALONE, SSO), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    assertError(
        () -> access.list(STANDALONE, PageRequest.first()), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
  }

  @Test
  void registeringNeedsTrustedAccessAndDisablingLeavesRegistrations() {
    allFeaturesOrganization();

    assertError(
        () -> das.register(MGMT, DA, SSO),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.SERVICE_ACCESS_NOT_ENABLED);

    access.enable(MGMT, SSO);
    das.register(MGMT, DA, SSO);
    access.disable(MGMT, SSO);

    assertThat(das.list(MGMT, SSO, PageRequest.first()).items()).hasSize(1);
    das.deregister(MGMT, DA, SSO);
  }

  @Test
  void theManagementAccountIsRefusedBeforeTrustedAccessIsChecked() {
    allFeaturesOrganization();

    assertError(
        () -> das.register(MGMT, MGMT, SSO),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR);
  }

  @Test
  void listPagesByPrincipalWithTokensBoundToTheCaller() {
    allFeaturesOrganization();
    List<String> principals =
        List.of("ssm.amazonaws.com", "config.amazonaws.com", SSO, "ram.amazonaws.com");
    principals.forEach(p -> access.enable(MGMT, p));

    List<String> seen = new ArrayList<>();
    Page<EnabledService> page = access.list(MGMT, new PageRequest(3, null));
    page.items().forEach(s -> seen.add(s.servicePrincipal()));
    String token = page.nextToken();
    page = access.list(MGMT, new PageRequest(3, token));
    page.items().forEach(s -> seen.add(s.servicePrincipal()));

    assertThat(seen).isEqualTo(principals.stream().sorted().toList());
    assertThat(page.nextToken()).isNull();
    access.enable(MGMT, "guardduty.amazonaws.com");
    das.register(MGMT, DA, "guardduty.amazonaws.com");
    assertError(
        () -> access.list(DA, new PageRequest(3, token)),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_NEXT_TOKEN);
  }

  @Test
  void deletingTheOrganizationForgetsItsTrustedAccess() {
    w.organization(MGMT, FeatureSet.ALL);
    access.enable(MGMT, SSO);

    w.orgd.organizations().deleteOrganization(MGMT);
    w.organization(MGMT, FeatureSet.ALL);

    assertThat(access.list(MGMT, PageRequest.first()).items()).isEmpty();
  }

  @Test
  void addedPrincipalsMustBeWellFormed() {
    assertThatThrownBy(() -> w.orgd.servicePrincipals().addAll(List.of("a b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ServicePrincipals.parse("# AWS\n\n sso.amazonaws.com # IAM Identity Center\nx.y\n"))
        .containsExactly(SSO, "x.y");
    assertThat(w.orgd.servicePrincipals().isRecognized("x.y")).isFalse();
  }

  private dev.orgd.core.model.OrganizationId orgOf(AccountId management) {
    return w.orgd.organizations().describeOrganization(management).organization().id();
  }
}
