package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.core.service.ServicePrincipals;
import java.util.List;

/**
 * {@code POST /_orgd/service-principals}: recognizes a service principal orgd does not know, for
 * trusted access and delegated administrators, until the process ends (it is not stored).
 */
final class AddServicePrincipal implements ControlRoute<AddServicePrincipal.Principal> {
  private final ServicePrincipals principals;

  AddServicePrincipal(ServicePrincipals principals) {
    this.principals = principals;
  }

  record Principal(@JsonProperty("ServicePrincipal") String servicePrincipal) {
    Principal {
      if (servicePrincipal == null) {
        throw ControlError.badRequest("ServicePrincipal is required");
      }
      if (!ServicePrincipals.isWellFormed(servicePrincipal)) {
        throw ControlError.badRequest(
            "ServicePrincipal must be 1 to 128 characters of letters, digits and _+=,.@-");
      }
    }
  }

  @Override
  public Class<Principal> requestType() {
    return Principal.class;
  }

  @Override
  public Principal answer(Principal request) {
    principals.addAll(List.of(request.servicePrincipal()));
    return request;
  }
}
