package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DeleteOrganizationalUnitRequest;

/** DeleteOrganizationalUnit: an empty OU. */
public final class DeleteOrganizationalUnit
    implements Operation<DeleteOrganizationalUnitRequest, Void> {
  private final StructureService structure;

  public DeleteOrganizationalUnit(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<DeleteOrganizationalUnitRequest> inputType() {
    return DeleteOrganizationalUnitRequest.class;
  }

  @Override
  public Void invoke(DeleteOrganizationalUnitRequest input, CallContext context) {
    structure.deleteOrganizationalUnit(context.caller(), input.organizationalUnitId());
    return null;
  }
}
