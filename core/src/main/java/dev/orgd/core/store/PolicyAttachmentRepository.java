package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.policy.PolicyType;
import java.util.List;

/**
 * Which policies are directly attached to which roots, OUs and accounts: one row per (policy,
 * target) of an organization.
 */
public interface PolicyAttachmentRepository {

  boolean exists(OrganizationId org, PolicyId policy, String targetId);

  /** Whether {@code policy} is attached to anything in {@code org}. */
  boolean isAttached(OrganizationId org, PolicyId policy);

  /**
   * The policies of {@code type} attached to {@code targetId}, in attachment order (attached at,
   * then policy id), after {@code after} (null: from the start), at most {@code limit}; the key's
   * id is the policy id.
   */
  List<PolicyAttachment> ofTarget(
      OrganizationId org, String targetId, PolicyType type, OrderKey after, int limit);

  int countOfTarget(OrganizationId org, String targetId, PolicyType type);

  /**
   * The targets of {@code policy}, in attachment order (attached at, then target id), after {@code
   * after} (null: from the start), at most {@code limit}; the key's id is the target id.
   */
  List<PolicyAttachment> ofPolicy(OrganizationId org, PolicyId policy, OrderKey after, int limit);

  void save(PolicyAttachment attachment);

  void delete(OrganizationId org, PolicyId policy, String targetId);

  /** Removes every attachment to {@code targetId} (an account that left, an OU deleted). */
  void deleteOfTarget(OrganizationId org, String targetId);

  /** Removes every attachment of policies of {@code type} (the type was disabled). */
  void deleteOfType(OrganizationId org, PolicyType type);

  /** Removes every attachment of {@code org}. */
  void deleteAll(OrganizationId org);
}
