package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.Handshake;
import dev.orgd.server.protocol.wire.ListHandshakesForOrganizationRequest;
import dev.orgd.server.protocol.wire.ListHandshakesForOrganizationResponse;

/** ListHandshakesForOrganization: every handshake the caller's organization sent, newest first. */
public final class ListHandshakesForOrganization
    implements Operation<
        ListHandshakesForOrganizationRequest, ListHandshakesForOrganizationResponse> {
  private final HandshakeService handshakes;

  public ListHandshakesForOrganization(HandshakeService handshakes) {
    this.handshakes = handshakes;
  }

  @Override
  public Class<ListHandshakesForOrganizationRequest> inputType() {
    return ListHandshakesForOrganizationRequest.class;
  }

  @Override
  public ListHandshakesForOrganizationResponse invoke(
      ListHandshakesForOrganizationRequest input, CallContext context) {
    Page<dev.orgd.core.model.Handshake> page =
        handshakes.listForOrganization(
            context.caller(),
            Filters.of(input.filter()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListHandshakesForOrganizationResponse(Handshake.of(page.items()), page.nextToken());
  }
}
