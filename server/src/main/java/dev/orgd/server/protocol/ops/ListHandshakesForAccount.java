package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.Handshake;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.hotpath.ListedHandshakes;
import dev.orgd.server.protocol.wire.ListHandshakesForAccountRequest;
import dev.orgd.server.protocol.wire.ListHandshakesForAccountResponse;

/** ListHandshakesForAccount: the handshakes the caller received, newest first. */
public final class ListHandshakesForAccount
    implements Operation<ListHandshakesForAccountRequest, ListHandshakesForAccountResponse> {
  private final HandshakeService handshakes;
  private final ListedHandshakes listed;

  ListHandshakesForAccount(HandshakeService handshakes, ListedHandshakes listed) {
    this.handshakes = handshakes;
    this.listed = listed;
  }

  @Override
  public Class<ListHandshakesForAccountRequest> inputType() {
    return ListHandshakesForAccountRequest.class;
  }

  @Override
  public ListHandshakesForAccountResponse invoke(
      ListHandshakesForAccountRequest input, CallContext context) {
    Page<Handshake> page =
        handshakes.listForAccount(
            context.caller(),
            Filters.of(input.filter()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListHandshakesForAccountResponse(listed.of(page.items()), page.nextToken());
  }
}
