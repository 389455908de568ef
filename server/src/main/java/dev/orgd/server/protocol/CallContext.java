package dev.orgd.server.protocol;

import dev.orgd.core.model.AccountId;
import java.util.Objects;

/** What an operation knows about its call besides the input: who calls, and the request id. */
public record CallContext(AccountId caller, String requestId) {
  public CallContext {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(requestId, "requestId");
  }
}
