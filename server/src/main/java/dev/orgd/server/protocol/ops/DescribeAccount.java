package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.service.OrganizationService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribeAccountRequest;
import dev.orgd.server.protocol.wire.DescribeAccountResponse;
import dev.orgd.server.protocol.wire.WireAccount;

/** DescribeAccount: a member of the caller's organization. */
public final class DescribeAccount
    implements Operation<DescribeAccountRequest, DescribeAccountResponse> {
  private final OrganizationService organizations;

  public DescribeAccount(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public Class<DescribeAccountRequest> inputType() {
    return DescribeAccountRequest.class;
  }

  @Override
  public DescribeAccountResponse invoke(DescribeAccountRequest input, CallContext context) {
    return new DescribeAccountResponse(
        WireAccount.of(
            organizations.describeAccount(context.caller(), new AccountId(input.accountId()))));
  }
}
