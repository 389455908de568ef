package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Arns;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.service.OrganizationDetails;
import java.util.List;

/** The model's Organization. */
public record Organization(
    String id,
    String arn,
    String featureSet,
    String masterAccountArn,
    String masterAccountId,
    String masterAccountEmail,
    List<PolicyTypeSummary> availablePolicyTypes) {

  public static Organization of(OrganizationDetails details) {
    dev.orgd.core.model.Organization org = details.organization();
    return new Organization(
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
  private static List<PolicyTypeSummary> availablePolicyTypes(FeatureSet featureSet) {
    return switch (featureSet) {
      case ALL -> List.of(new PolicyTypeSummary("SERVICE_CONTROL_POLICY", "ENABLED"));
      case CONSOLIDATED_BILLING -> List.of();
    };
  }
}
