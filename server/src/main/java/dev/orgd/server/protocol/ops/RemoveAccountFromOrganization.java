package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.service.OrganizationService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.RemoveAccountFromOrganizationRequest;

/** RemoveAccountFromOrganization: the management account removes a member. */
public final class RemoveAccountFromOrganization
    implements Operation<RemoveAccountFromOrganizationRequest, Void> {
  private final OrganizationService organizations;

  public RemoveAccountFromOrganization(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public Class<RemoveAccountFromOrganizationRequest> inputType() {
    return RemoveAccountFromOrganizationRequest.class;
  }

  @Override
  public Void invoke(RemoveAccountFromOrganizationRequest input, CallContext context) {
    organizations.removeAccount(context.caller(), new AccountId(input.accountId()));
    return null;
  }
}
