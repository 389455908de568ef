package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.service.ControlService;

/** {@code POST /_orgd/quotas}: sets an existing organization's account quota. */
final class SetQuota implements ControlRoute<SetQuota.Quota> {
  private final ControlService control;

  SetQuota(ControlService control) {
    this.control = control;
  }

  record Quota(
      @JsonProperty("OrganizationId") String organizationId,
      @JsonProperty("MaxAccounts") Integer maxAccounts) {
    Quota {
      if (organizationId == null) {
        throw ControlError.badRequest("OrganizationId is required");
      }
      if (!OrganizationId.isValid(organizationId)) {
        throw ControlError.badRequest("OrganizationId must look like o-xxxxxxxxxx");
      }
      if (maxAccounts == null || maxAccounts < 1) {
        throw ControlError.badRequest("MaxAccounts must be a positive integer");
      }
    }
  }

  @Override
  public Class<Quota> requestType() {
    return Quota.class;
  }

  @Override
  public Quota answer(Quota request) {
    Organization org =
        control
            .setQuota(new OrganizationId(request.organizationId()), request.maxAccounts())
            .orElseThrow(
                () -> ControlError.notFound("no organization " + request.organizationId()));
    return new Quota(org.id().value(), org.maxAccounts());
  }
}
