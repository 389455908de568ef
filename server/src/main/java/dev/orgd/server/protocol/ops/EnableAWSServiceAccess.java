package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.ServiceAccessService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.EnableAWSServiceAccessRequest;

/** EnableAWSServiceAccess: the management account enables a service for trusted access. */
public final class EnableAWSServiceAccess
    implements Operation<EnableAWSServiceAccessRequest, Void> {
  private final ServiceAccessService serviceAccess;

  public EnableAWSServiceAccess(ServiceAccessService serviceAccess) {
    this.serviceAccess = serviceAccess;
  }

  @Override
  public Class<EnableAWSServiceAccessRequest> inputType() {
    return EnableAWSServiceAccessRequest.class;
  }

  @Override
  public Void invoke(EnableAWSServiceAccessRequest input, CallContext context) {
    serviceAccess.enable(context.caller(), input.servicePrincipal());
    return null;
  }
}
