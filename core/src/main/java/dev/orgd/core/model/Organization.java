package dev.orgd.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An organization: its management account, feature set, single root, account quota, and the
 * partition of its ARNs (the one its CreateOrganization request was signed for).
 */
public record Organization(
    OrganizationId id,
    AccountId managementAccountId,
    FeatureSet featureSet,
    RootId rootId,
    int maxAccounts,
    Instant createdAt,
    Partition partition) {

  /** The default account quota of a new organization. */
  public static final int DEFAULT_MAX_ACCOUNTS = 10;

  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(managementAccountId, "managementAccountId");
    Objects.requireNonNull(featureSet, "featureSet");
    Objects.requireNonNull(rootId, "rootId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(partition, "partition");
    if (maxAccounts < 1) {
      throw new IllegalArgumentException("maxAccounts must be positive: " + maxAccounts);
    }
  }

  /** An organization in the {@code aws} partition. */
  public Organization(
      OrganizationId id,
      AccountId managementAccountId,
      FeatureSet featureSet,
      RootId rootId,
      int maxAccounts,
      Instant createdAt) {
    this(id, managementAccountId, featureSet, rootId, maxAccounts, createdAt, Partition.AWS);
  }

  public Organization withFeatureSet(FeatureSet newFeatureSet) {
    return new Organization(
        id, managementAccountId, newFeatureSet, rootId, maxAccounts, createdAt, partition);
  }

  public Organization withMaxAccounts(int newMax) {
    return new Organization(
        id, managementAccountId, featureSet, rootId, newMax, createdAt, partition);
  }

  public String arn() {
    return Arns.organization(this);
  }
}
