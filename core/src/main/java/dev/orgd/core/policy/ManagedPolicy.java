package dev.orgd.core.policy;

import dev.orgd.core.model.Partition;
import java.util.List;
import java.util.Optional;

/**
 * An AWS managed policy: present in every organization with all features, never stored, never
 * editable (research policies.md §2).
 */
public record ManagedPolicy(
    String id, String name, String description, String content, PolicyType type) {

  /** The default SCP; its content pretty-printed with two spaces, as DescribePolicy shows it. */
  public static final ManagedPolicy FULL_AWS_ACCESS =
      new ManagedPolicy(
          "p-FullAWSAccess",
          "FullAWSAccess",
          "Allows access to every operation",
          "{\n"
              + "  \"Version\": \"2012-10-17\",\n"
              + "  \"Statement\": [\n"
              + "    {\n"
              + "      \"Effect\": \"Allow\",\n"
              + "      \"Action\": \"*\",\n"
              + "      \"Resource\": \"*\"\n"
              + "    }\n"
              + "  ]\n"
              + "}",
          PolicyType.SERVICE_CONTROL_POLICY);

  /** The default RCP; it cannot be detached. */
  public static final ManagedPolicy RCP_FULL_AWS_ACCESS =
      new ManagedPolicy(
          "p-RCPFullAWSAccess",
          "RCPFullAWSAccess",
          "Allows access to every resource.",
          "{\n"
              + "  \"Version\": \"2012-10-17\",\n"
              + "  \"Statement\": [\n"
              + "    {\n"
              + "      \"Effect\": \"Allow\",\n"
              + "      \"Principal\": \"*\",\n"
              + "      \"Action\": \"*\",\n"
              + "      \"Resource\": \"*\"\n"
              + "    }\n"
              + "  ]\n"
              + "}",
          PolicyType.RESOURCE_CONTROL_POLICY);

  public static final List<ManagedPolicy> ALL = List.of(FULL_AWS_ACCESS, RCP_FULL_AWS_ACCESS);

  /** The managed policy with this id ({@code p-FullAWSAccess}), if any. */
  public static Optional<ManagedPolicy> byId(String id) {
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** {@code arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess}. */
  public String arn() {
    return arn(Partition.AWS);
  }

  /** The ARN in an organization of another partition ({@code arn:aws-cn:…}). */
  public String arn(Partition partition) {
    return "arn:" + partition.id() + ":organizations::aws:policy/" + type.arnSegment() + "/" + id;
  }

  /** RCPFullAWSAccess may not be detached; FullAWSAccess may. */
  public boolean detachable() {
    return type != PolicyType.RESOURCE_CONTROL_POLICY;
  }
}
