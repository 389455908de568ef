package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.BOB;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.STRANGER;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static dev.orgd.it.support.SdkErrors.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.ControlPlane;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationExceptionReason;
import software.amazon.awssdk.services.organizations.model.EnabledServicePrincipal;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.InvalidInputExceptionReason;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * Trusted access through the AWS SDK for Java v2, and the calls Terraform's
 * aws_organizations_organization and aws_organizations_aws_service_access make
 * (docs/iac-call-sequences.md).
 */
class ServiceAccessIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final List<String> PRINCIPALS =
      List.of("sso.amazonaws.com", "config.amazonaws.com", "guardduty.amazonaws.com");

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
  private final OrganizationsClient alice = ORGD.runtime().client(ALICE);

  private void join(String account) {
    String id = inviteAccount(mgmt, account).id();
    ORGD.runtime().client(account).acceptHandshake(r -> r.handshakeId(id));
  }

  @Test
  void terraformOrganizationCreateReadUpdateDelete() {
    Instant before =
        new ControlPlane(ORGD.runtime().endpoint()).now().truncatedTo(ChronoUnit.SECONDS);
    // create: CreateOrganization, then EnableAWSServiceAccess for each aws_service_access_principal
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    PRINCIPALS.forEach(p -> mgmt.enableAWSServiceAccess(r -> r.servicePrincipal(p)));

    // read: DescribeOrganization, ListAccounts, ListRoots, ListAWSServiceAccessForOrganization
    assertThat(mgmt.describeOrganization().organization().featureSetAsString()).isEqualTo("ALL");
    assertThat(mgmt.listAccountsPaginator().stream().flatMap(p -> p.accounts().stream()).toList())
        .hasSize(1);
    assertThat(mgmt.listRootsPaginator().stream().flatMap(p -> p.roots().stream()).toList())
        .hasSize(1);
    List<EnabledServicePrincipal> enabled =
        mgmt.listAWSServiceAccessForOrganizationPaginator(r -> r.maxResults(2)).stream()
            .flatMap(p -> p.enabledServicePrincipals().stream())
            .toList();
    assertThat(enabled)
        .extracting(EnabledServicePrincipal::servicePrincipal)
        .containsExactly("config.amazonaws.com", "guardduty.amazonaws.com", "sso.amazonaws.com");
    assertThat(enabled).allSatisfy(e -> assertThat(e.dateEnabled()).isAfterOrEqualTo(before));

    // update: one principal dropped, one added
    mgmt.disableAWSServiceAccess(r -> r.servicePrincipal("guardduty.amazonaws.com"));
    mgmt.enableAWSServiceAccess(r -> r.servicePrincipal("ram.amazonaws.com"));
    assertThat(mgmt.listAWSServiceAccessForOrganization().enabledServicePrincipals())
        .extracting(EnabledServicePrincipal::servicePrincipal)
        .containsExactly("config.amazonaws.com", "ram.amazonaws.com", "sso.amazonaws.com");

    // delete, and a new organization starts with none enabled
    mgmt.deleteOrganization();
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    assertThat(mgmt.listAWSServiceAccessForOrganization().enabledServicePrincipals()).isEmpty();
  }

  @Test
  void terraformServiceAccessResourceKeepsItsDateWhenEnabledAgain() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    mgmt.enableAWSServiceAccess(r -> r.servicePrincipal("sso.amazonaws.com"));
    Instant first =
        mgmt.listAWSServiceAccessForOrganization().enabledServicePrincipals().get(0).dateEnabled();
    new ControlPlane(ORGD.runtime().endpoint()).advance("PT1H");

    mgmt.enableAWSServiceAccess(r -> r.servicePrincipal("sso.amazonaws.com"));
    mgmt.disableAWSServiceAccess(r -> r.servicePrincipal("ssm.amazonaws.com"));

    assertThat(mgmt.listAWSServiceAccessForOrganization().enabledServicePrincipals())
        .extracting(EnabledServicePrincipal::dateEnabled)
        .containsExactly(first);
  }

  @Test
  void aConsolidatedBillingOrganizationHasNoTrustedAccess() {
    createOrganization(mgmt, OrganizationFeatureSet.CONSOLIDATED_BILLING);

    ConstraintViolationException e =
        expect(
            ConstraintViolationException.class, () -> mgmt.listAWSServiceAccessForOrganization());

    assertThat(e.reason())
        .isEqualTo(ConstraintViolationExceptionReason.ORGANIZATION_NOT_IN_ALL_FEATURES_MODE);
    assertThat(
            expect(
                    ConstraintViolationException.class,
                    () -> mgmt.enableAWSServiceAccess(r -> r.servicePrincipal("sso.amazonaws.com")))
                .reason())
        .isEqualTo(ConstraintViolationExceptionReason.ORGANIZATION_NOT_IN_ALL_FEATURES_MODE);
  }

  @Test
  void anUnknownPrincipalIsRefusedUntilTheControlPlaneAddsIt() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    join(ALICE);

    InvalidInputException e =
        expect(
            InvalidInputException.class,
            () -> mgmt.enableAWSServiceAccess(r -> r.servicePrincipal("orgd-it.example.com")));
    assertThat(e.reason()).isEqualTo(InvalidInputExceptionReason.UNRECOGNIZED_SERVICE_PRINCIPAL);
    assertThat(
            expect(
                    InvalidInputException.class,
                    () ->
                        mgmt.registerDelegatedAdministrator(
                            r -> r.accountId(ALICE).servicePrincipal("orgd-it.example.com")))
                .reason())
        .isEqualTo(InvalidInputExceptionReason.UNRECOGNIZED_SERVICE_PRINCIPAL);

    new ControlPlane(ORGD.runtime().endpoint()).addServicePrincipal("orgd-it.example.com");

    mgmt.enableAWSServiceAccess(r -> r.servicePrincipal("orgd-it.example.com"));
    mgmt.registerDelegatedAdministrator(
        r -> r.accountId(ALICE).servicePrincipal("orgd-it.example.com"));
    assertThat(
            mgmt.listDelegatedAdministrators(r -> r.servicePrincipal("orgd-it.example.com"))
                .delegatedAdministrators())
        .hasSize(1);
  }

  @Test
  void registeringADelegatedAdministratorNeedsTrustedAccess() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    join(ALICE);

    ConstraintViolationException e =
        expect(
            ConstraintViolationException.class,
            () ->
                mgmt.registerDelegatedAdministrator(
                    r -> r.accountId(ALICE).servicePrincipal("securityhub.amazonaws.com")));

    assertThat(e.reason()).isEqualTo(ConstraintViolationExceptionReason.SERVICE_ACCESS_NOT_ENABLED);
  }

  @Test
  void whoMayCall() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    join(ALICE);
    join(BOB);
    mgmt.enableAWSServiceAccess(r -> r.servicePrincipal("securityhub.amazonaws.com"));
    mgmt.registerDelegatedAdministrator(
        r -> r.accountId(ALICE).servicePrincipal("securityhub.amazonaws.com"));

    assertThat(alice.listAWSServiceAccessForOrganization().enabledServicePrincipals()).hasSize(1);
    expect(
        AccessDeniedException.class,
        () -> alice.enableAWSServiceAccess(r -> r.servicePrincipal("sso.amazonaws.com")));
    expect(
        AccessDeniedException.class,
        () -> ORGD.runtime().client(BOB).listAWSServiceAccessForOrganization());
    expect(
        AwsOrganizationsNotInUseException.class,
        () -> ORGD.runtime().client(STRANGER).listAWSServiceAccessForOrganization());
  }
}
