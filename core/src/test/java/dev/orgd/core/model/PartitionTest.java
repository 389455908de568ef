package dev.orgd.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionTest {

  @ParameterizedTest
  @CsvSource({
    "us-east-1, aws",
    "eu-central-2, aws",
    "mx-central-1, aws",
    "aws-global, aws",
    "cn-north-1, aws-cn",
    "cn-northwest-1, aws-cn",
    "us-gov-west-1, aws-us-gov",
    "us-gov-east-1, aws-us-gov",
    "aws-us-gov-global, aws-us-gov",
    "us-iso-east-1, aws-iso",
    "us-isob-east-1, aws-iso-b",
    "eu-isoe-west-1, aws-iso-e",
    "us-isof-south-1, aws-iso-f",
    "eusc-de-east-1, aws-eusc",
    "mars-1, aws",
    "'', aws",
  })
  void aRegionBelongsToItsPartition(String region, String partition) {
    assertThat(Partition.ofRegion(region).id()).isEqualTo(partition);
  }

  @Test
  void noRegionIsTheAwsPartition() {
    assertThat(Partition.ofRegion(null)).isEqualTo(Partition.AWS);
  }

  @Test
  void idsRoundTrip() {
    for (Partition p : Partition.values()) {
      assertThat(Partition.fromId(p.id())).isEqualTo(p);
    }
    assertThatThrownBy(() -> Partition.fromId("aws-moon"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyArnOfAnOrganizationIsInItsPartition() {
    Organization org =
        new Organization(
            new OrganizationId("o-abcdefghij"),
            new AccountId("111111111111"),
            FeatureSet.ALL,
            new RootId("r-ab12"),
            10,
            java.time.Instant.EPOCH,
            Partition.AWS_CN);

    assertThat(org.arn())
        .isEqualTo("arn:aws-cn:organizations::111111111111:organization/o-abcdefghij");
    assertThat(Arns.root(org))
        .isEqualTo("arn:aws-cn:organizations::111111111111:root/o-abcdefghij/r-ab12");
    assertThat(Arns.account(org, new AccountId("222222222222")))
        .isEqualTo("arn:aws-cn:organizations::111111111111:account/o-abcdefghij/222222222222");
    assertThat(
            Arns.handshake(
                Partition.AWS_US_GOV,
                org.managementAccountId(),
                org.id(),
                ActionType.INVITE,
                new HandshakeId("h-0123456789abcdef0123456789abcdef")))
        .isEqualTo(
            "arn:aws-us-gov:organizations::111111111111:handshake/o-abcdefghij/invite/"
                + "h-0123456789abcdef0123456789abcdef");
  }
}
