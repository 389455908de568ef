package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.DelegatedAdministrator;
import java.time.Instant;

/** The model's DelegatedService. */
public record WireDelegatedService(String servicePrincipal, Instant delegationEnabledDate) {

  public static WireDelegatedService of(DelegatedAdministrator registration) {
    return new WireDelegatedService(registration.servicePrincipal(), registration.enabledAt());
  }
}
