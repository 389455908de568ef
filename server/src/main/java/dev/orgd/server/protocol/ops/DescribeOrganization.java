package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.OrganizationService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribeOrganizationResponse;
import dev.orgd.server.protocol.wire.NoInput;
import dev.orgd.server.protocol.wire.WireOrganization;

/** DescribeOrganization: the caller's organization. */
public final class DescribeOrganization
    implements Operation<NoInput, DescribeOrganizationResponse> {
  private final OrganizationService organizations;

  public DescribeOrganization(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public Class<NoInput> inputType() {
    return NoInput.class;
  }

  @Override
  public DescribeOrganizationResponse invoke(NoInput input, CallContext context) {
    return new DescribeOrganizationResponse(
        WireOrganization.of(organizations.describeOrganization(context.caller())));
  }
}
