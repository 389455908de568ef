package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.Handshake;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.hotpath.ListedHandshakes;
import dev.orgd.server.protocol.wire.ListHandshakesForOrganizationRequest;
import dev.orgd.server.protocol.wire.ListHandshakesForOrganizationResponse;

/** ListHandshakesForOrganization: every handshake the caller's organization sent, newest first. */
public final class ListHandshakesForOrganization
    implements Operation<
        ListHandshakesForOrganizationRequest, ListHandshakesForOrganizationResponse> {
  private final HandshakeService handshakes;
  private final ListedHandshakes listed;

  ListHandshakesForOrganization(HandshakeService handshakes, ListedHandshakes listed) {
    this.handshakes = handshakes;
    this.listed = listed;
  }

  @Override
  public Class<ListHandshakesForOrganizationRequest> inputType() {
    return ListHandshakesForOrganizationRequest.class;
  }

  @Override
  public ListHandshakesForOrganizationResponse invoke(
      ListHandshakesForOrganizationRequest input, CallContext context) {
    Page<Handshake> page =
        handshakes.listForOrganization(
            context.caller(),
            Filters.of(input.filter()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListHandshakesForOrganizationResponse(listed.of(page.items()), page.nextToken());
  }
}
