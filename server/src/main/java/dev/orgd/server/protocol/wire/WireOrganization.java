package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Arns;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.service.OrganizationDetails;
import java.util.List;

/** The model's Organization. */
public record WireOrganization(
    String id,
    String arn,
    String featureSet,
    String masterAccountArn,
    String masterAccountId,
    String masterAccountEmail,
    List<WirePolicyTypeSummary> availablePolicyTypes) {

  public static WireOrganization of(OrganizationDetails details) {
    Organization org = details.organization();
    return new WireOrganization(
        org.id().value(),
        org.arn(),
        org.featureSet().name(),
        Arns.account(org, org.managementAccountId()),
        org.managementAccountId().value(),
        details.managementEmail(),
        availablePolicyTypes(org.featureSet()));
  }

  /**
   * An organization with all features shows service control policies as available (this deprecated
   * member lists the policy types the organization could use), one with consolidated billing only
   * shows none.
   */
  private static List<WirePolicyTypeSummary> availablePolicyTypes(FeatureSet featureSet) {
    return switch (featureSet) {
      case ALL -> List.of(new WirePolicyTypeSummary("SERVICE_CONTROL_POLICY", "ENABLED"));
      case CONSOLIDATED_BILLING -> List.of();
    };
  }
}
