package dev.orgd.server.protocol.wire;

import dev.orgd.core.service.DelegatedAdministratorDetails;
import java.time.Instant;

/** The model's DelegatedAdministrator: the account, and when it was first registered. */
public record WireDelegatedAdministrator(
    String id,
    String arn,
    String email,
    String name,
    String status,
    String state,
    String joinedMethod,
    Instant joinedTimestamp,
    Instant delegationEnabledDate) {

  public static WireDelegatedAdministrator of(DelegatedAdministratorDetails details) {
    WireAccount account = WireAccount.of(details.account());
    return new WireDelegatedAdministrator(
        account.id(),
        account.arn(),
        account.email(),
        account.name(),
        account.status(),
        account.state(),
        account.joinedMethod(),
        account.joinedTimestamp(),
        details.delegationEnabledAt());
  }
}
