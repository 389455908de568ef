package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.EnabledService;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.ServiceAccessService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListAWSServiceAccessForOrganizationRequest;
import dev.orgd.server.protocol.wire.ListAWSServiceAccessForOrganizationResponse;
import dev.orgd.server.protocol.wire.WireEnabledServicePrincipal;

/** ListAWSServiceAccessForOrganization: the services enabled for trusted access, by principal. */
public final class ListAWSServiceAccessForOrganization
    implements Operation<
        ListAWSServiceAccessForOrganizationRequest, ListAWSServiceAccessForOrganizationResponse> {
  private final ServiceAccessService serviceAccess;

  public ListAWSServiceAccessForOrganization(ServiceAccessService serviceAccess) {
    this.serviceAccess = serviceAccess;
  }

  @Override
  public Class<ListAWSServiceAccessForOrganizationRequest> inputType() {
    return ListAWSServiceAccessForOrganizationRequest.class;
  }

  @Override
  public ListAWSServiceAccessForOrganizationResponse invoke(
      ListAWSServiceAccessForOrganizationRequest input, CallContext context) {
    Page<EnabledService> page =
        serviceAccess.list(
            context.caller(), new PageRequest(input.maxResults(), input.nextToken()));
    return new ListAWSServiceAccessForOrganizationResponse(
        page.items().stream().map(WireEnabledServicePrincipal::of).toList(), page.nextToken());
  }
}
