package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.service.EffectivePolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListEffectivePolicyValidationErrorsRequest;
import dev.orgd.server.protocol.wire.ListEffectivePolicyValidationErrorsResponse;
import dev.orgd.server.protocol.wire.WireEffectivePolicyValidationError;

/** ListEffectivePolicyValidationErrors of one member account. */
public final class ListEffectivePolicyValidationErrors
    implements Operation<
        ListEffectivePolicyValidationErrorsRequest, ListEffectivePolicyValidationErrorsResponse> {
  private final EffectivePolicyService effective;

  public ListEffectivePolicyValidationErrors(EffectivePolicyService effective) {
    this.effective = effective;
  }

  @Override
  public Class<ListEffectivePolicyValidationErrorsRequest> inputType() {
    return ListEffectivePolicyValidationErrorsRequest.class;
  }

  @Override
  public ListEffectivePolicyValidationErrorsResponse invoke(
      ListEffectivePolicyValidationErrorsRequest input, CallContext context) {
    var errors =
        effective.listEffectivePolicyValidationErrors(
            context.caller(),
            input.accountId(),
            PolicyType.valueOf(input.policyType()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListEffectivePolicyValidationErrorsResponse(
        errors.accountId(),
        errors.type().name(),
        errors.path(),
        errors.evaluatedAt(),
        errors.errors().nextToken(),
        errors.errors().items().stream().map(WireEffectivePolicyValidationError::of).toList());
  }
}
