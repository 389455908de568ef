package dev.orgd.core.model;

import java.time.Instant;
import java.util.Objects;

/** One registration of a member account as delegated administrator for one service principal. */
public record DelegatedAdministrator(
    OrganizationId organizationId,
    AccountId accountId,
    String servicePrincipal,
    Instant enabledAt) {

  public DelegatedAdministrator {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(servicePrincipal, "servicePrincipal");
    Objects.requireNonNull(enabledAt, "enabledAt");
  }
}
