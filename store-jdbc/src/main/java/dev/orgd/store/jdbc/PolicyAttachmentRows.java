package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.model.PolicyTargetType;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.OrderKey;
import dev.orgd.core.store.PolicyAttachmentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The policy_attachments table (migration V7): a target's policies read along
 * policy_attachments_by_target, a policy's targets along policy_attachments_by_policy.
 */
final class PolicyAttachmentRows extends JdbcRepository implements PolicyAttachmentRepository {

  private static final String COLUMNS =
      "organization_id, target_id, policy_id, target_type, policy_type, attached_at";
  private static final String UPSERT = Sql.upsert("policy_attachments", 3, COLUMNS.split(", "));
  private static final String SELECT =
      "SELECT " + COLUMNS + " FROM policy_attachments WHERE organization_id = ?";

  PolicyAttachmentRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public boolean exists(OrganizationId org, PolicyId policy, String targetId) {
    return sql.one(
            "SELECT 1 FROM policy_attachments WHERE organization_id = ? AND target_id = ?"
                + " AND policy_id = ?",
            rs -> Boolean.TRUE,
            org.value(),
            targetId,
            policy.value())
        .isPresent();
  }

  @Override
  public boolean isAttached(OrganizationId org, PolicyId policy) {
    return sql.one(
            "SELECT 1 FROM policy_attachments WHERE organization_id = ? AND policy_id = ? LIMIT 1",
            rs -> Boolean.TRUE,
            org.value(),
            policy.value())
        .isPresent();
  }

  @Override
  public List<PolicyAttachment> ofTarget(
      OrganizationId org, String targetId, PolicyType type, OrderKey after, int limit) {
    return pageInOrder(
        SELECT + " AND target_id = ? AND policy_type = ?",
        "attached_at",
        "policy_id",
        after,
        limit,
        PolicyAttachmentRows::map,
        org.value(),
        targetId,
        type.name());
  }

  @Override
  public int countOfTarget(OrganizationId org, String targetId, PolicyType type) {
    return (int)
        sql.number(
            "SELECT COUNT(*) FROM policy_attachments WHERE organization_id = ? AND target_id = ?"
                + " AND policy_type = ?",
            org.value(),
            targetId,
            type.name());
  }

  @Override
  public List<PolicyAttachment> ofPolicy(
      OrganizationId org, PolicyId policy, OrderKey after, int limit) {
    return pageInOrder(
        SELECT + " AND policy_id = ?",
        "attached_at",
        "target_id",
        after,
        limit,
        PolicyAttachmentRows::map,
        org.value(),
        policy.value());
  }

  @Override
  public void save(PolicyAttachment a) {
    writable();
    sql.update(
        UPSERT,
        a.organizationId().value(),
        a.targetId(),
        a.policyId().value(),
        a.targetType().name(),
        a.policyType().name(),
        millis(a.attachedAt()));
  }

  @Override
  public void delete(OrganizationId org, PolicyId policy, String targetId) {
    writable();
    sql.update(
        "DELETE FROM policy_attachments WHERE organization_id = ? AND target_id = ?"
            + " AND policy_id = ?",
        org.value(),
        targetId,
        policy.value());
  }

  @Override
  public void deleteOfTarget(OrganizationId org, String targetId) {
    writable();
    sql.update(
        "DELETE FROM policy_attachments WHERE organization_id = ? AND target_id = ?",
        org.value(),
        targetId);
  }

  @Override
  public void deleteOfType(OrganizationId org, PolicyType type) {
    writable();
    sql.update(
        "DELETE FROM policy_attachments WHERE organization_id = ? AND policy_type = ?",
        org.value(),
        type.name());
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    sql.update("DELETE FROM policy_attachments WHERE organization_id = ?", org.value());
  }

  private static PolicyAttachment map(ResultSet rs) throws SQLException {
    return new PolicyAttachment(
        new OrganizationId(rs.getString("organization_id")),
        new PolicyId(rs.getString("policy_id")),
        rs.getString("target_id"),
        PolicyTargetType.valueOf(rs.getString("target_type")),
        PolicyType.valueOf(rs.getString("policy_type")),
        Sql.instant(rs, "attached_at"));
  }
}
