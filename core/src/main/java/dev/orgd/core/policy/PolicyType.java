package dev.orgd.core.policy;

import java.util.Optional;

/**
 * The model's {@code PolicyType} enum with the limits of the quotas page (research policies.md §1).
 * The five types the quotas page does not list get Security Hub's numbers (decision D1).
 */
public enum PolicyType {
  SERVICE_CONTROL_POLICY(true, 10_240, 10_000, 1, 10),
  RESOURCE_CONTROL_POLICY(true, 5_120, 2_000, 1, 5),
  TAG_POLICY(false, 10_000, 1_000, 0, 10),
  BACKUP_POLICY(false, 10_000, 1_000, 0, 10),
  AISERVICES_OPT_OUT_POLICY(false, 2_500, 1_000, 0, 5),
  CHATBOT_POLICY(false, 10_000, 1_000, 0, 5),
  DECLARATIVE_POLICY_EC2(false, 10_000, 1_000, 0, 10),
  SECURITYHUB_POLICY(false, 10_000, 1_000, 0, 10),
  INSPECTOR_POLICY(false, 10_000, 1_000, 0, 10),
  UPGRADE_ROLLOUT_POLICY(false, 10_000, 1_000, 0, 10),
  BEDROCK_POLICY(false, 10_000, 1_000, 0, 10),
  S3_POLICY(false, 10_000, 1_000, 0, 10),
  NETWORK_SECURITY_DIRECTOR_POLICY(false, 10_000, 1_000, 0, 10);

  private final boolean authorization;
  private final int maxContentChars;
  private final int maxPoliciesPerOrganization;
  private final int minAttachedPerTarget;
  private final int maxAttachedPerTarget;
  private final String arnSegment = name().toLowerCase(java.util.Locale.ROOT);

  PolicyType(
      boolean authorization,
      int maxContentChars,
      int maxPoliciesPerOrganization,
      int minAttachedPerTarget,
      int maxAttachedPerTarget) {
    this.authorization = authorization;
    this.maxContentChars = maxContentChars;
    this.maxPoliciesPerOrganization = maxPoliciesPerOrganization;
    this.minAttachedPerTarget = minAttachedPerTarget;
    this.maxAttachedPerTarget = maxAttachedPerTarget;
  }

  /** SCPs and RCPs: they filter permissions; the other eleven are management policies. */
  public boolean isAuthorization() {
    return authorization;
  }

  /** Maximum size of {@code Content} in Unicode code points (decision D2). */
  public int maxContentChars() {
    return maxContentChars;
  }

  /** Customer policies of this type one organization may hold (managed ones do not count). */
  public int maxPoliciesPerOrganization() {
    return maxPoliciesPerOrganization;
  }

  /** Policies of this type that must stay directly attached to every root, OU and account. */
  public int minAttachedPerTarget() {
    return minAttachedPerTarget;
  }

  /** Policies of this type that may be directly attached to one root, OU or account. */
  public int maxAttachedPerTarget() {
    return maxAttachedPerTarget;
  }

  /** The AWS managed policy of this type (FullAWSAccess, RCPFullAWSAccess), if it has one. */
  public Optional<ManagedPolicy> managedPolicy() {
    return switch (this) {
      case SERVICE_CONTROL_POLICY -> Optional.of(ManagedPolicy.FULL_AWS_ACCESS);
      case RESOURCE_CONTROL_POLICY -> Optional.of(ManagedPolicy.RCP_FULL_AWS_ACCESS);
      default -> Optional.empty();
    };
  }

  /** The lower-case segment of policy ARNs: {@code service_control_policy}. */
  public String arnSegment() {
    return arnSegment;
  }
}
