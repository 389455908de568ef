package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribeOrganizationalUnitRequest;
import dev.orgd.server.protocol.wire.DescribeOrganizationalUnitResponse;
import dev.orgd.server.protocol.wire.WireOrganizationalUnit;

/** DescribeOrganizationalUnit: an OU of the caller's organization, with its path. */
public final class DescribeOrganizationalUnit
    implements Operation<DescribeOrganizationalUnitRequest, DescribeOrganizationalUnitResponse> {
  private final StructureService structure;

  public DescribeOrganizationalUnit(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<DescribeOrganizationalUnitRequest> inputType() {
    return DescribeOrganizationalUnitRequest.class;
  }

  @Override
  public DescribeOrganizationalUnitResponse invoke(
      DescribeOrganizationalUnitRequest input, CallContext context) {
    return new DescribeOrganizationalUnitResponse(
        WireOrganizationalUnit.of(
            structure.describeOrganizationalUnit(context.caller(), input.organizationalUnitId())));
  }
}
