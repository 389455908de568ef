package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTest {
  static final AccountId MGMT = account(1);
  final World w = new World();
  final HandshakeService handshakes = w.orgd.handshakes();

  private List<HandshakeId> inviteMany(int n) {
    w.orgd
        .control()
        .setQuota(w.orgd.organizations().describeOrganization(MGMT).organization().id(), 100);
    List<HandshakeId> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(w.invite(MGMT, account(100 + i)).id());
    }
    return ids;
  }

  @Test
  void newestFirstAndReverseCreationOrderUnderAFrozenClock() {
    w.organization(MGMT, FeatureSet.ALL);
    List<HandshakeId> created = inviteMany(7);
    List<HandshakeId> listed = new ArrayList<>();
    String token = null;
    do {
      Page<Handshake> page =
          handshakes.listForOrganization(MGMT, HandshakeFilter.NONE, new PageRequest(3, token));
      assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
      assertThat(page.nextToken()).isNotEqualTo(token);
      page.items().forEach(h -> listed.add(h.id()));
      token = page.nextToken();
    } while (token != null);
    java.util.Collections.reverse(created);
    assertThat(listed).containsExactlyElementsOf(created);
  }

  @Test
  void theSameTokenGivesTheSamePageAgain() {
    w.organization(MGMT, FeatureSet.ALL);
    inviteMany(5);
    Page<Handshake> first =
        handshakes.listForOrganization(MGMT, HandshakeFilter.NONE, new PageRequest(2, null));
    Page<Handshake> second =
        handshakes.listForOrganization(
            MGMT, HandshakeFilter.NONE, new PageRequest(2, first.nextToken()));
    Page<Handshake> again =
        handshakes.listForOrganization(
            MGMT, HandshakeFilter.NONE, new PageRequest(2, first.nextToken()));
    assertThat(again).isEqualTo(second);
  }

  @Test
  void tokensAreBoundToCallerOperationAndFilter() {
    w.organization(MGMT, FeatureSet.ALL);
    AccountId da = account(5);
    w.join(MGMT, da);
    w.orgd.serviceAccess().enable(MGMT, "config.amazonaws.com");
    w.orgd.delegatedAdministrators().register(MGMT, da, "config.amazonaws.com");
    inviteMany(3);
    String token =
        handshakes
            .listForOrganization(MGMT, HandshakeFilter.NONE, new PageRequest(1, null))
            .nextToken();
    assertThat(token).isNotNull();
    assertError(
        () -> handshakes.listForOrganization(da, HandshakeFilter.NONE, new PageRequest(1, token)),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_NEXT_TOKEN);
    assertError(
        () ->
            handshakes.listForOrganization(
                MGMT, new HandshakeFilter(ActionType.INVITE, null), new PageRequest(1, token)),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_NEXT_TOKEN);
    assertError(
        () -> handshakes.listForAccount(MGMT, HandshakeFilter.NONE, new PageRequest(1, token)),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_NEXT_TOKEN);
    assertError(
        () ->
            handshakes.listForOrganization(
                MGMT, HandshakeFilter.NONE, new PageRequest(1, "garbage!")),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_NEXT_TOKEN);
    assertError(
        () ->
            handshakes.listForOrganization(
                MGMT, HandshakeFilter.NONE, new PageRequest(1, token.substring(1))),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.INVALID_NEXT_TOKEN);
  }

  @Test
  void bothFiltersAtOnceAreRefused() {
    assertError(
        () ->
            handshakes.listForAccount(
                MGMT,
                new HandshakeFilter(ActionType.INVITE, new HandshakeId("h-12345678")),
                PageRequest.first()),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.MAX_LIMIT_EXCEEDED_FILTER);
  }

  @Test
  void organizationListNeedsManagementOrDelegatedAdministrator() {
    assertError(
        () -> handshakes.listForOrganization(MGMT, HandshakeFilter.NONE, PageRequest.first()),
        ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, account(2));
    assertError(
        () -> handshakes.listForOrganization(account(2), HandshakeFilter.NONE, PageRequest.first()),
        ErrorCode.ACCESS_DENIED);
    assertThat(
            handshakes
                .listForAccount(account(77), HandshakeFilter.NONE, PageRequest.first())
                .items())
        .isEmpty();
  }

  @Test
  void deletedButUnpurgedHandshakesLeaveAnEmptyPageThatStillCarriesANextToken() {
    w.organization(MGMT, FeatureSet.ALL);
    Handshake old = w.invite(MGMT, account(2));
    w.advance(Duration.ofDays(1));
    List<HandshakeId> recent = inviteMany(3);
    recent.forEach(id -> handshakes.cancel(MGMT, id));
    w.advance(Duration.ofDays(30).plusMillis(1));
    // The three canceled ones are past retention; the old open one is still visible until it ends.
    Page<Handshake> first =
        handshakes.listForOrganization(MGMT, HandshakeFilter.NONE, new PageRequest(3, null));
    assertThat(first.items()).isEmpty();
    assertThat(first.nextToken()).isNotNull();
    Page<Handshake> second =
        handshakes.listForOrganization(
            MGMT, HandshakeFilter.NONE, new PageRequest(3, first.nextToken()));
    assertThat(second.items()).extracting(Handshake::id).containsExactly(old.id());
    assertThat(second.nextToken()).isNull();
    assertThat(w.orgd.control().purge()).isEqualTo(3);
    assertThat(
            handshakes
                .listForOrganization(MGMT, HandshakeFilter.NONE, new PageRequest(3, null))
                .items())
        .extracting(Handshake::id)
        .containsExactly(old.id());
  }
}
