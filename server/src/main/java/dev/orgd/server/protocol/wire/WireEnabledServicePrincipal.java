package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.EnabledService;
import java.time.Instant;

/** The model's EnabledServicePrincipal. */
public record WireEnabledServicePrincipal(String servicePrincipal, Instant dateEnabled) {

  public static WireEnabledServicePrincipal of(EnabledService service) {
    return new WireEnabledServicePrincipal(service.servicePrincipal(), service.enabledAt());
  }
}
