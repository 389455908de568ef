package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.CreateOrganizationalUnitRequest;
import dev.orgd.server.protocol.wire.CreateOrganizationalUnitResponse;
import dev.orgd.server.protocol.wire.WireOrganizationalUnit;
import dev.orgd.server.protocol.wire.WireTag;

/** CreateOrganizationalUnit: a new OU under a root or OU, with its tags. */
public final class CreateOrganizationalUnit
    implements Operation<CreateOrganizationalUnitRequest, CreateOrganizationalUnitResponse> {
  private final StructureService structure;

  public CreateOrganizationalUnit(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<CreateOrganizationalUnitRequest> inputType() {
    return CreateOrganizationalUnitRequest.class;
  }

  @Override
  public CreateOrganizationalUnitResponse invoke(
      CreateOrganizationalUnitRequest input, CallContext context) {
    return new CreateOrganizationalUnitResponse(
        WireOrganizationalUnit.of(
            structure.createOrganizationalUnit(
                context.caller(), input.parentId(), input.name(), WireTag.toDomain(input.tags()))));
  }
}
