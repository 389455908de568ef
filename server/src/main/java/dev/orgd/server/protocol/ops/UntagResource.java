package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.TagService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.UntagResourceRequest;

/** UntagResource: removes tag keys from an account, OU or root of the caller's organization. */
public final class UntagResource implements Operation<UntagResourceRequest, Void> {
  private final TagService tags;

  public UntagResource(TagService tags) {
    this.tags = tags;
  }

  @Override
  public Class<UntagResourceRequest> inputType() {
    return UntagResourceRequest.class;
  }

  @Override
  public Void invoke(UntagResourceRequest input, CallContext context) {
    tags.untagResource(context.caller(), input.resourceId(), input.tagKeys());
    return null;
  }
}
