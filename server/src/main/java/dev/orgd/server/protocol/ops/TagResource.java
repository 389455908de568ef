package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.TagService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.TagResourceRequest;
import dev.orgd.server.protocol.wire.WireTag;

/** TagResource: adds tags to an account, OU or root of the caller's organization. */
public final class TagResource implements Operation<TagResourceRequest, Void> {
  private final TagService tags;

  public TagResource(TagService tags) {
    this.tags = tags;
  }

  @Override
  public Class<TagResourceRequest> inputType() {
    return TagResourceRequest.class;
  }

  @Override
  public Void invoke(TagResourceRequest input, CallContext context) {
    tags.tagResource(context.caller(), input.resourceId(), WireTag.toDomain(input.tags()));
    return null;
  }
}
