package dev.orgd.server.protocol.ops;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.service.ResourcePolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.PutResourcePolicyRequest;
import dev.orgd.server.protocol.wire.PutResourcePolicyResponse;
import dev.orgd.server.protocol.wire.WireResourcePolicy;
import dev.orgd.server.protocol.wire.WireTag;

/**
 * PutResourcePolicy: creates or replaces the organization's resource-based delegation policy. The
 * content is parsed here (JSON stays at the edge); the domain checks what it says.
 */
public final class PutResourcePolicy
    implements Operation<PutResourcePolicyRequest, PutResourcePolicyResponse> {
  private static final ObjectMapper POLICY_JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final ResourcePolicyService policies;

  public PutResourcePolicy(ResourcePolicyService policies) {
    this.policies = policies;
  }

  @Override
  public Class<PutResourcePolicyRequest> inputType() {
    return PutResourcePolicyRequest.class;
  }

  @Override
  public PutResourcePolicyResponse invoke(PutResourcePolicyRequest input, CallContext context) {
    return new PutResourcePolicyResponse(
        WireResourcePolicy.of(
            policies.put(
                context.caller(),
                input.content(),
                parse(input.content()),
                WireTag.toDomain(input.tags()))));
  }

  private static Object parse(String content) {
    try {
      return POLICY_JSON.readValue(content, Object.class);
    } catch (JacksonException e) {
      throw OrgdException.invalidInput(
          InvalidInputReason.INVALID_RESOURCE_POLICY_JSON,
          "The provided policy document is not valid JSON.");
    }
  }
}
