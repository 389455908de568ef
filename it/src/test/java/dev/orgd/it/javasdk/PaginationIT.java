package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.SdkErrors;
import dev.orgd.junit5.OrgdExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.ActionType;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.ListHandshakesForOrganizationResponse;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/** Paging through handshakes with the AWS SDK for Java v2 and its paginators. */
class PaginationIT {
  /** The janitor is off: the empty-page test needs handshakes past retention, unpurged. */
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);

  private long nextAccount = 200_000_000_001L;

  /** Invites {@code count} accounts not invited before and returns the ids in that order. */
  private List<String> invite(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(inviteAccount(mgmt, String.valueOf(nextAccount++)).id());
    }
    return ids;
  }

  @Test
  void thePaginatorWalksEveryPageNewestFirstAndStopsWhenNextTokenIsAbsent() {
    // A frozen clock gives every handshake the same timestamp: the order must still be exactly
    // the reverse of creation (CONTRACT section 7).
    ORGD.runtime().freezeClock(Instant.parse("2030-01-01T00:00:00Z"));
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    List<String> created = invite(8);

    List<ListHandshakesForOrganizationResponse> pages =
        mgmt.listHandshakesForOrganizationPaginator(r -> r.maxResults(3)).stream()
            .collect(Collectors.toList());

    assertThat(pages).extracting(p -> p.handshakes().size()).containsExactly(3, 3, 2);
    assertThat(pages.get(2).nextToken()).isNull();
    assertThat(pages.subList(0, 2)).allSatisfy(p -> assertThat(p.nextToken()).isNotBlank());
    assertThat(pages.get(0).nextToken()).isNotEqualTo(pages.get(1).nextToken());
    List<String> expected = new ArrayList<>(created);
    Collections.reverse(expected);
    assertThat(
            pages.stream()
                .flatMap(p -> p.handshakes().stream())
                .map(Handshake::id)
                .collect(Collectors.toList()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void thePaginatorWalksPastAPageThatHasNoItemsButANextToken() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    List<String> kept = invite(2);
    for (String dropped : invite(2)) {
      mgmt.cancelHandshake(r -> r.handshakeId(dropped));
    }
    // The canceled ones are now past their 30 days of retention, the others only expired.
    ORGD.runtime().advanceClock(Duration.parse("P30DT1S"));

    List<ListHandshakesForOrganizationResponse> pages =
        mgmt.listHandshakesForOrganizationPaginator(r -> r.maxResults(2)).stream()
            .collect(Collectors.toList());

    assertThat(pages).extracting(p -> p.handshakes().size()).containsExactly(0, 2);
    assertThat(pages.get(0).nextToken()).isNotBlank();
    Collections.reverse(kept);
    assertThat(pages.get(1).handshakes()).extracting(Handshake::id).containsExactlyElementsOf(kept);
  }

  @Test
  void theSameTokenGivesTheSamePageAgain() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    invite(5);
    String token = mgmt.listHandshakesForOrganization(r -> r.maxResults(2)).nextToken();

    ListHandshakesForOrganizationResponse once =
        mgmt.listHandshakesForOrganization(r -> r.maxResults(2).nextToken(token));
    ListHandshakesForOrganizationResponse twice =
        mgmt.listHandshakesForOrganization(r -> r.maxResults(2).nextToken(token));

    assertThat(twice.handshakes()).isEqualTo(once.handshakes());
    assertThat(twice.nextToken()).isEqualTo(once.nextToken()).isNotEqualTo(token);
  }

  @Test
  void aTokenIsBoundToItsFilterOperationAndCaller() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake toAlice = inviteAccount(mgmt, ALICE);
    ORGD.runtime().client(ALICE).acceptHandshake(r -> r.handshakeId(toAlice.id()));
    mgmt.enableAWSServiceAccess(r -> r.servicePrincipal("config.amazonaws.com"));
    mgmt.registerDelegatedAdministrator(
        r -> r.accountId(ALICE).servicePrincipal("config.amazonaws.com"));
    invite(3);
    String token = mgmt.listHandshakesForOrganization(r -> r.maxResults(1)).nextToken();
    OrganizationsClient delegatedAdmin = ORGD.runtime().client(ALICE);
    assertThat(delegatedAdmin.listHandshakesForOrganization(r -> r.maxResults(1)).handshakes())
        .hasSize(1);

    assertThat(
            invalidToken(
                () ->
                    mgmt.listHandshakesForOrganization(
                        r -> r.maxResults(1).nextToken(token).filter(f -> f.actionType("INVITE")))))
        .isEqualTo("INVALID_NEXT_TOKEN");
    assertThat(invalidToken(() -> mgmt.listHandshakesForAccount(r -> r.nextToken(token))))
        .isEqualTo("INVALID_NEXT_TOKEN");
    assertThat(
            invalidToken(
                () -> delegatedAdmin.listHandshakesForOrganization(r -> r.nextToken(token))))
        .isEqualTo("INVALID_NEXT_TOKEN");
    // The token still works for its own caller, operation and filter.
    assertThat(
            mgmt.listHandshakesForOrganization(r -> r.maxResults(1).nextToken(token)).handshakes())
        .hasSize(1);
  }

  private static String invalidToken(ThrowingCallable call) {
    return SdkErrors.expect(InvalidInputException.class, call).reasonAsString();
  }

  @Test
  void theAccountPaginatorWalksInvitationsFromSeveralOrganizations() {
    List<String> created = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      OrganizationsClient owner = ORGD.runtime().client(String.valueOf(300_000_000_000L + i));
      createOrganization(owner, OrganizationFeatureSet.ALL);
      created.add(inviteAccount(owner, ALICE).id());
    }
    Collections.reverse(created);

    List<List<String>> pages =
        ORGD
            .runtime()
            .client(ALICE)
            .listHandshakesForAccountPaginator(
                r -> r.maxResults(2).filter(f -> f.actionType(ActionType.INVITE)))
            .stream()
            .map(p -> p.handshakes().stream().map(Handshake::id).collect(Collectors.toList()))
            .collect(Collectors.toList());

    assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
    assertThat(pages.stream().flatMap(List::stream).collect(Collectors.toList()))
        .containsExactlyElementsOf(created);
  }
}
