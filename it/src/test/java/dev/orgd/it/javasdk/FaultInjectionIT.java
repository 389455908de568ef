package dev.orgd.it.javasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import dev.orgd.junit5.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.ConcurrentModificationException;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.ListHandshakesForOrganizationResponse;

/**
 * The JUnit runtime's fluent faults, journal and snapshots with the AWS SDK for Java v2: its
 * default retries recover from two throttles, its paginator walks injected empty pages, and an
 * injected error changes nothing.
 */
class FaultInjectionIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final String MGMT = "111111111111";

  /** A client with the SDK's default retry strategy (ItOrgd's clients never retry). */
  private static OrganizationsClient retryingClient() {
    return OrganizationsClient.builder()
        .endpointOverride(ORGD.runtime().endpoint())
        .region(Region.US_EAST_1)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(MGMT, "secret")))
        .build();
  }

  @Test
  void theSdksDefaultRetriesRecoverFromTwoThrottles() {
    ORGD.runtime().client(MGMT).createOrganization(r -> {});
    String rule =
        ORGD.runtime()
            .faults()
            .on("DescribeOrganization")
            .forAccount(MGMT)
            .throttle()
            .times(2)
            .add();

    try (OrganizationsClient client = retryingClient()) {
      assertThat(client.describeOrganization().organization().masterAccountId()).isEqualTo(MGMT);
    }

    assertThat(ORGD.runtime().faults().fired(rule)).isEqualTo(2);
    assertThat(ORGD.runtime().journal().operation("DescribeOrganization").list())
        .extracting(RecordedCall::errorCode)
        .containsExactly(null, "TooManyRequestsException", "TooManyRequestsException");
  }

  @Test
  void thePaginatorWalksThroughInjectedEmptyPages() {
    OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
    mgmt.createOrganization(r -> {});
    List<String> newestFirst = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String account = "20000000000" + i;
      newestFirst.add(
          0,
          mgmt.inviteAccountToOrganization(
                  r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id(account)))
              .handshake()
              .id());
    }
    ORGD.runtime().faults().on("ListHandshakesForOrganization").emptyPages(3).add();

    List<Integer> sizes = new ArrayList<>();
    List<String> walked = new ArrayList<>();
    for (ListHandshakesForOrganizationResponse page :
        mgmt.listHandshakesForOrganizationPaginator(r -> r.maxResults(2))) {
      sizes.add(page.handshakes().size());
      page.handshakes().stream().map(Handshake::id).forEach(walked::add);
    }

    assertThat(sizes).containsExactly(0, 0, 0, 2, 2, 1);
    assertThat(walked).isEqualTo(newestFirst);
  }

  @Test
  void anInjectedErrorChangesNothingAndASnapshotRestores() {
    OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
    mgmt.createOrganization(r -> {});
    String root = mgmt.listRoots().roots().get(0).id();
    String before = ORGD.runtime().snapshot();
    ORGD.runtime()
        .faults()
        .on("CreateOrganizationalUnit")
        .error("ConcurrentModificationException")
        .times(1)
        .add();

    assertThatThrownBy(() -> mgmt.createOrganizationalUnit(r -> r.parentId(root).name("Prod")))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(mgmt.listOrganizationalUnitsForParent(r -> r.parentId(root)).organizationalUnits())
        .isEmpty();

    mgmt.createOrganizationalUnit(r -> r.parentId(root).name("Prod"));
    ORGD.runtime().restore(before);
    assertThat(mgmt.listOrganizationalUnitsForParent(r -> r.parentId(root)).organizationalUnits())
        .isEmpty();
    assertThat(ORGD.runtime().metrics())
        .contains(
            "orgd_calls_total{operation=\"CreateOrganizationalUnit\","
                + "outcome=\"ConcurrentModificationException\"} 1.0");
  }
}
