package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.OrganizationService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.NoInput;

/** DeleteOrganization: only an organization without members. */
public final class DeleteOrganization implements Operation<NoInput, Void> {
  private final OrganizationService organizations;

  public DeleteOrganization(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public Class<NoInput> inputType() {
    return NoInput.class;
  }

  @Override
  public Void invoke(NoInput input, CallContext context) {
    organizations.deleteOrganization(context.caller());
    return null;
  }
}
