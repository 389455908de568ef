package dev.orgd.server.protocol;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Partition;
import java.util.Objects;

/**
 * What an operation knows about its call besides the input: who calls, the request id, and the
 * partition of the region the request was signed for.
 */
public record CallContext(AccountId caller, String requestId, Partition partition) {
  public CallContext {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(partition, "partition");
  }
}
