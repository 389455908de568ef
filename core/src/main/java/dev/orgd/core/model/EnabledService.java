package dev.orgd.core.model;

import java.time.Instant;
import java.util.Objects;

/** A service principal an organization enabled for trusted access, and since when. */
public record EnabledService(
    OrganizationId organizationId, String servicePrincipal, Instant enabledAt) {

  public EnabledService {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(servicePrincipal, "servicePrincipal");
    Objects.requireNonNull(enabledAt, "enabledAt");
  }
}
