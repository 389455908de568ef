package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.ServiceAccessService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DisableAWSServiceAccessRequest;

/** DisableAWSServiceAccess: the management account withdraws a service's trusted access. */
public final class DisableAWSServiceAccess
    implements Operation<DisableAWSServiceAccessRequest, Void> {
  private final ServiceAccessService serviceAccess;

  public DisableAWSServiceAccess(ServiceAccessService serviceAccess) {
    this.serviceAccess = serviceAccess;
  }

  @Override
  public Class<DisableAWSServiceAccessRequest> inputType() {
    return DisableAWSServiceAccessRequest.class;
  }

  @Override
  public Void invoke(DisableAWSServiceAccessRequest input, CallContext context) {
    serviceAccess.disable(context.caller(), input.servicePrincipal());
    return null;
  }
}
