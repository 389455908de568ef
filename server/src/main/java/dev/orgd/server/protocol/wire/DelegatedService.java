package dev.orgd.server.protocol.wire;

import java.time.Instant;

/** The model's DelegatedService. */
public record DelegatedService(String servicePrincipal, Instant delegationEnabledDate) {

  public static DelegatedService of(dev.orgd.core.model.DelegatedAdministrator registration) {
    return new DelegatedService(registration.servicePrincipal(), registration.enabledAt());
  }
}
