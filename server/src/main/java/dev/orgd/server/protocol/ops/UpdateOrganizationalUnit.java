package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.UpdateOrganizationalUnitRequest;
import dev.orgd.server.protocol.wire.UpdateOrganizationalUnitResponse;
import dev.orgd.server.protocol.wire.WireOrganizationalUnit;

/** UpdateOrganizationalUnit: renames an OU. */
public final class UpdateOrganizationalUnit
    implements Operation<UpdateOrganizationalUnitRequest, UpdateOrganizationalUnitResponse> {
  private final StructureService structure;

  public UpdateOrganizationalUnit(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<UpdateOrganizationalUnitRequest> inputType() {
    return UpdateOrganizationalUnitRequest.class;
  }

  @Override
  public UpdateOrganizationalUnitResponse invoke(
      UpdateOrganizationalUnitRequest input, CallContext context) {
    return new UpdateOrganizationalUnitResponse(
        WireOrganizationalUnit.of(
            structure.updateOrganizationalUnit(
                context.caller(), input.organizationalUnitId(), input.name())));
  }
}
