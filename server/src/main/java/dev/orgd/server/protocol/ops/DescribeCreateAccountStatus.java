package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.service.AccountService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribeCreateAccountStatusRequest;
import dev.orgd.server.protocol.wire.DescribeCreateAccountStatusResponse;
import dev.orgd.server.protocol.wire.WireCreateAccountStatus;

/** DescribeCreateAccountStatus: one CreateAccount request of the caller's organization. */
public final class DescribeCreateAccountStatus
    implements Operation<DescribeCreateAccountStatusRequest, DescribeCreateAccountStatusResponse> {
  private final AccountService accounts;

  public DescribeCreateAccountStatus(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Class<DescribeCreateAccountStatusRequest> inputType() {
    return DescribeCreateAccountStatusRequest.class;
  }

  @Override
  public DescribeCreateAccountStatusResponse invoke(
      DescribeCreateAccountStatusRequest input, CallContext context) {
    return new DescribeCreateAccountStatusResponse(
        WireCreateAccountStatus.of(
            accounts.describeCreateAccountStatus(
                context.caller(), new CreateAccountRequestId(input.createAccountRequestId()))));
  }
}
