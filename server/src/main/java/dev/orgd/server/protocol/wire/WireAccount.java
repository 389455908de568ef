package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Account;
import dev.orgd.core.service.AccountDetails;
import java.time.Instant;
import java.util.List;

/** The model's Account. */
public record WireAccount(
    String id,
    String arn,
    String email,
    String name,
    String status,
    String state,
    List<String> paths,
    String joinedMethod,
    Instant joinedTimestamp) {

  public static WireAccount of(AccountDetails details) {
    Account account = details.account();
    return new WireAccount(
        account.id().value(),
        details.arn(),
        account.email(),
        account.name(),
        // The retiring Status (SUSPENDED for a closed account), which Terraform still reads.
        account.status().name(),
        account.state().name(),
        // One path: a child has a single parent in the current release.
        details.path() == null ? null : List.of(details.path()),
        account.joinedMethod().name(),
        account.joinedAt());
  }
}
