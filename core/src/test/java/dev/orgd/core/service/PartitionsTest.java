package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.Partition;
import dev.orgd.core.page.PageRequest;
import org.junit.jupiter.api.Test;

/** An organization's ARNs are in the partition its CreateOrganization was signed for. */
class PartitionsTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);

  final World w = new World();

  @Test
  void everyArnOfAnOrganizationCreatedInChinaIsInAwsCn() {
    Organization org =
        w.orgd
            .organizations()
            .createOrganization(MGMT, FeatureSet.ALL, Partition.AWS_CN)
            .organization();
    Handshake invite = w.invite(MGMT, MEMBER);
    w.orgd.handshakes().accept(MEMBER, invite.id());

    assertThat(org.arn()).startsWith("arn:aws-cn:organizations::" + MGMT + ":organization/");
    assertThat(invite.arn()).startsWith("arn:aws-cn:organizations::" + MGMT + ":handshake/");
    assertThat(w.orgd.organizations().describeOrganization(MEMBER).organization().partition())
        .isEqualTo(Partition.AWS_CN);
    assertThat(w.orgd.organizations().listAccounts(MGMT, PageRequest.first()).items())
        .allSatisfy(a -> assertThat(a.arn()).startsWith("arn:aws-cn:organizations::"));
    assertThat(w.orgd.handshakes().describe(MEMBER, invite.id()).arn()).startsWith("arn:aws-cn:");
  }

  @Test
  void organizationsOfOtherCallersKeepTheirOwnPartition() {
    w.orgd.organizations().createOrganization(MGMT, FeatureSet.ALL, Partition.AWS_US_GOV);
    w.organization(MEMBER, FeatureSet.ALL);

    assertThat(w.orgd.organizations().describeOrganization(MGMT).organization().arn())
        .startsWith("arn:aws-us-gov:");
    assertThat(w.orgd.organizations().describeOrganization(MEMBER).organization().arn())
        .startsWith("arn:aws:");
  }
}
