package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.Tag;
import dev.orgd.core.page.Page;
import dev.orgd.core.service.TagService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListTagsForResourceRequest;
import dev.orgd.server.protocol.wire.ListTagsForResourceResponse;
import dev.orgd.server.protocol.wire.WireTag;

/** ListTagsForResource: the tags of an account, OU or root, by key. */
public final class ListTagsForResource
    implements Operation<ListTagsForResourceRequest, ListTagsForResourceResponse> {
  private final TagService tags;

  public ListTagsForResource(TagService tags) {
    this.tags = tags;
  }

  @Override
  public Class<ListTagsForResourceRequest> inputType() {
    return ListTagsForResourceRequest.class;
  }

  @Override
  public ListTagsForResourceResponse invoke(ListTagsForResourceRequest input, CallContext context) {
    Page<Tag> page =
        tags.listTagsForResource(context.caller(), input.resourceId(), input.nextToken());
    return new ListTagsForResourceResponse(
        page.items().stream().map(t -> new WireTag(t.key(), t.value())).toList(), page.nextToken());
  }
}
