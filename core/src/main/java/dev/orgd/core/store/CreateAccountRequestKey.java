package dev.orgd.core.store;

import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountStatus;
import java.time.Instant;
import java.util.Comparator;

/**
 * A position in the order of create-account requests: newest {@code requestedAt} first, then by id.
 */
public record CreateAccountRequestKey(Instant requestedAt, CreateAccountRequestId id) {

  /** The listing order of create-account requests. */
  public static final Comparator<CreateAccountRequestKey> NEWEST_FIRST =
      Comparator.comparing(CreateAccountRequestKey::requestedAt)
          .reversed()
          .thenComparing(k -> k.id().value());

  public static CreateAccountRequestKey of(CreateAccountStatus status) {
    return new CreateAccountRequestKey(status.requestedAt(), status.id());
  }
}
