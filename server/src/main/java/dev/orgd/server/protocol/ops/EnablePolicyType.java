package dev.orgd.server.protocol.ops;

import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.service.PolicyTypeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.EnablePolicyTypeRequest;
import dev.orgd.server.protocol.wire.EnablePolicyTypeResponse;
import dev.orgd.server.protocol.wire.WireRoot;

/** EnablePolicyType on the root. */
public final class EnablePolicyType
    implements Operation<EnablePolicyTypeRequest, EnablePolicyTypeResponse> {
  private final PolicyTypeService policyTypes;

  public EnablePolicyType(PolicyTypeService policyTypes) {
    this.policyTypes = policyTypes;
  }

  @Override
  public Class<EnablePolicyTypeRequest> inputType() {
    return EnablePolicyTypeRequest.class;
  }

  @Override
  public EnablePolicyTypeResponse invoke(EnablePolicyTypeRequest input, CallContext context) {
    return new EnablePolicyTypeResponse(
        WireRoot.of(
            policyTypes.enablePolicyType(
                context.caller(), input.rootId(), PolicyType.valueOf(input.policyType()))));
  }
}
