package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgd.junit5.OrgdRuntime;
import dev.orgd.junit5.OrgdTest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.HandshakeState;

@OrgdTest
class InvitationTest {
  @Test
  void invitationExpires(OrgdRuntime orgd) {
    OrganizationsClient mgmt = orgd.client("111111111111"); // the access key id is the account
    mgmt.createOrganization(r -> {});
    String id =
        mgmt.inviteAccountToOrganization(r -> r.target(t -> t.type("ACCOUNT").id("222222222222")))
            .handshake()
            .id();

    orgd.advanceClock(Duration.ofDays(15).plusSeconds(1));

    OrganizationsClient invitee = orgd.client("222222222222");
    assertEquals(
        HandshakeState.EXPIRED,
        invitee.describeHandshake(r -> r.handshakeId(id)).handshake().state());
  }

  @Test
  void anSdkClientOfYourOwnWorksToo(OrgdRuntime orgd) throws Exception {
    orgd.client("111111111111").createOrganization(r -> {});
    try (OrganizationsAsyncClient async = // on the SDK's Netty HTTP client
        OrganizationsAsyncClient.builder()
            .endpointOverride(orgd.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("111111111111", "any secret")))
            .build()) {
      assertEquals(
          "111111111111",
          async
              .describeOrganization()
              .get(30, TimeUnit.SECONDS)
              .organization()
              .masterAccountId());
    }
  }
}
