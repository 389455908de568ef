package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.OrganizationService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.NoInput;

/** LeaveOrganization: a member account leaves its organization. */
public final class LeaveOrganization implements Operation<NoInput, Void> {
  private final OrganizationService organizations;

  public LeaveOrganization(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public Class<NoInput> inputType() {
    return NoInput.class;
  }

  @Override
  public Void invoke(NoInput input, CallContext context) {
    organizations.leaveOrganization(context.caller());
    return null;
  }
}
