package dev.orgd.server.protocol.ops;

import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.service.PolicyTypeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DisablePolicyTypeRequest;
import dev.orgd.server.protocol.wire.DisablePolicyTypeResponse;
import dev.orgd.server.protocol.wire.WireRoot;

/** DisablePolicyType on the root: detaches every policy of the type. */
public final class DisablePolicyType
    implements Operation<DisablePolicyTypeRequest, DisablePolicyTypeResponse> {
  private final PolicyTypeService policyTypes;

  public DisablePolicyType(PolicyTypeService policyTypes) {
    this.policyTypes = policyTypes;
  }

  @Override
  public Class<DisablePolicyTypeRequest> inputType() {
    return DisablePolicyTypeRequest.class;
  }

  @Override
  public DisablePolicyTypeResponse invoke(DisablePolicyTypeRequest input, CallContext context) {
    return new DisablePolicyTypeResponse(
        WireRoot.of(
            policyTypes.disablePolicyType(
                context.caller(), input.rootId(), PolicyType.valueOf(input.policyType()))));
  }
}
