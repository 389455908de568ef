package dev.orgd.core.model;

import java.time.Instant;
import java.util.Objects;

/** An organization: its management account, feature set, single root and account quota. */
public record Organization(
    OrganizationId id,
    AccountId managementAccountId,
    FeatureSet featureSet,
    RootId rootId,
    int maxAccounts,
    Instant createdAt) {

  /** The default account quota of a new organization. */
  public static final int DEFAULT_MAX_ACCOUNTS = 10;

  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(managementAccountId, "managementAccountId");
    Objects.requireNonNull(featureSet, "featureSet");
    Objects.requireNonNull(rootId, "rootId");
    Objects.requireNonNull(createdAt, "createdAt");
    if (maxAccounts < 1) {
      throw new IllegalArgumentException("maxAccounts must be positive: " + maxAccounts);
    }
  }

  public Organization withFeatureSet(FeatureSet newFeatureSet) {
    return new Organization(id, managementAccountId, newFeatureSet, rootId, maxAccounts, createdAt);
  }

  public Organization withMaxAccounts(int newMax) {
    return new Organization(id, managementAccountId, featureSet, rootId, newMax, createdAt);
  }

  public String arn() {
    return Arns.organization(this);
  }
}
