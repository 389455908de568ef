package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.service.OrganizationService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.CreateOrganizationRequest;
import dev.orgd.server.protocol.wire.CreateOrganizationResponse;
import dev.orgd.server.protocol.wire.WireOrganization;

/** CreateOrganization: the caller becomes the management account; FeatureSet defaults to ALL. */
public final class CreateOrganization
    implements Operation<CreateOrganizationRequest, CreateOrganizationResponse> {
  private final OrganizationService organizations;

  public CreateOrganization(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public Class<CreateOrganizationRequest> inputType() {
    return CreateOrganizationRequest.class;
  }

  @Override
  public CreateOrganizationResponse invoke(CreateOrganizationRequest input, CallContext context) {
    FeatureSet featureSet =
        input.featureSet() == null ? FeatureSet.ALL : FeatureSet.valueOf(input.featureSet());
    return new CreateOrganizationResponse(
        WireOrganization.of(
            organizations.createOrganization(context.caller(), featureSet, context.partition())));
  }
}
