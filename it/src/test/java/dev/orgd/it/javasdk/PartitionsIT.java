package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.MGMT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.Clients;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.Organization;

/**
 * Every ARN of an organization is in the partition of the region its CreateOrganization was signed
 * for, whatever region later calls are signed for.
 */
class PartitionsIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private List<String> arnsOfAnOrganizationCreatedIn(Region region) {
    OrganizationsClient mgmt = Clients.as(ORGD.runtime().endpoint(), MGMT, region);
    Organization org = mgmt.createOrganization(r -> {}).organization();
    Handshake invite =
        mgmt.inviteAccountToOrganization(
                r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id(ALICE)))
            .handshake();
    ORGD.runtime().client(ALICE).acceptHandshake(r -> r.handshakeId(invite.id()));
    String created =
        mgmt.createAccount(r -> r.email("bob@example.com").accountName("bob"))
            .createAccountStatus()
            .accountId();

    List<String> arns = new ArrayList<>();
    arns.add(org.arn());
    arns.add(org.masterAccountArn());
    arns.add(invite.arn());
    arns.add(ORGD.runtime().client(MGMT).describeOrganization().organization().arn());
    arns.add(mgmt.listRoots().roots().get(0).arn());
    mgmt.listAccountsPaginator().stream()
        .flatMap(p -> p.accounts().stream())
        .forEach(a -> arns.add(a.arn()));
    arns.add(mgmt.describeAccount(r -> r.accountId(created)).account().arn());
    arns.add(
        ORGD.runtime()
            .client(ALICE)
            .describeHandshake(r -> r.handshakeId(invite.id()))
            .handshake()
            .arn());
    return arns;
  }

  @Test
  void anOrganizationCreatedInChinaHasAwsCnArns() {
    assertThat(arnsOfAnOrganizationCreatedIn(Region.CN_NORTH_1))
        .hasSize(10)
        .allSatisfy(arn -> assertThat(arn).startsWith("arn:aws-cn:organizations::" + MGMT + ":"));
  }

  @Test
  void anOrganizationCreatedInGovCloudHasAwsUsGovArns() {
    assertThat(arnsOfAnOrganizationCreatedIn(Region.US_GOV_WEST_1))
        .allSatisfy(
            arn -> assertThat(arn).startsWith("arn:aws-us-gov:organizations::" + MGMT + ":"));
  }

  @Test
  void anOrganizationCreatedInACommercialRegionHasAwsArns() {
    assertThat(arnsOfAnOrganizationCreatedIn(Region.EU_WEST_1))
        .allSatisfy(arn -> assertThat(arn).startsWith("arn:aws:organizations::" + MGMT + ":"));
  }
}
