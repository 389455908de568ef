package dev.orgd.bench;

import dev.orgd.bench.scenario.AwsJson;
import dev.orgd.bench.scenario.RepeatScenario;
import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.ServerUnderTest;
import dev.orgd.bench.target.SetupClient;
import dev.orgd.bench.target.StorageSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Policies on the memory store: DescribeEffectivePolicy for an account five OUs deep with ten tag
 * policies on each level against the same call for an account under the root, DescribePolicy,
 * ListPolicies, ListPoliciesForTarget (the deep member's ten tag policies), ListTargetsForPolicy
 * (FullAWSAccess: the root, five OUs and three accounts) and DescribeResourcePolicy, and
 * DescribeOrganization by the deep member with and without {@code --enforce-scps} (ten SCPs on each
 * level). Two servers, the same set-up on each.
 */
final class PolicySection {
  static final String PLAIN = "orgd-memory policies";
  static final String ENFORCING = "orgd-memory --enforce-scps";
  static final String DEEP_EFFECTIVE = "DescribeEffectivePolicy (5 OUs deep)";
  static final String SHALLOW_EFFECTIVE = "DescribeEffectivePolicy (under the root)";
  static final String DEEP_DESCRIBE = "DescribeOrganization (member 5 OUs deep)";

  /** The policy family's own read and list, on the same organization (70 tag policies). */
  static final String DESCRIBE_POLICY = "DescribePolicy";

  static final String LIST_POLICIES = "ListPolicies";

  /** The attachment lists, both ways, and the organization's resource policy. */
  static final String LIST_POLICIES_FOR_TARGET = "ListPoliciesForTarget";

  static final String LIST_TARGETS_FOR_POLICY = "ListTargetsForPolicy";
  static final String DESCRIBE_RESOURCE_POLICY = "DescribeResourcePolicy";

  private static final String DEEP = "400000000001";
  private static final String SHALLOW = "400000000002";
  private static final int DEPTH = 5;
  private static final int PER_LEVEL = 10;

  private PolicySection() {}

  static void run(Bench bench, Storages storages) throws Exception {
    measure(bench, storages, PLAIN, List.of());
    measure(bench, storages, ENFORCING, List.of("--enforce-scps"));
  }

  private static void measure(Bench bench, Storages storages, String name, List<String> args)
      throws Exception {
    StorageSpec spec = storages.fresh(OrgdStorage.MEMORY);
    int port = Ports.free();
    List<String> extra = new ArrayList<>(bench.config.orgdArgs());
    extra.addAll(args);
    try (ServerUnderTest server =
        ServerUnderTest.launch(
            name,
            bench.config.java().orgd(bench.config.orgdJar(), port, spec, extra),
            port,
            bench.config.logDir().resolve(name.replace(' ', '-') + ".log"),
            ServerUnderTest.createThenDescribeOrganization(
                Bench.MANAGEMENT_ACCOUNT, Bench.STARTUP_LIMIT))) {
      bench.log(name + " up (pid " + server.process().pid() + ")");
      String policyId = setUp(server.client());
      AwsJson aws = server.aws();
      String m = Bench.MANAGEMENT_ACCOUNT;
      List<dev.orgd.bench.scenario.Scenario> scenarios = new ArrayList<>();
      if (args.isEmpty()) {
        scenarios.add(effective(aws, DEEP_EFFECTIVE, m, DEEP));
        scenarios.add(effective(aws, SHALLOW_EFFECTIVE, m, SHALLOW));
        scenarios.add(
            new RepeatScenario(
                DESCRIBE_POLICY,
                aws.request("DescribePolicy", m, "{\"PolicyId\":\"" + policyId + "\"}", false)));
        scenarios.add(
            new RepeatScenario(
                LIST_POLICIES,
                aws.request(
                    "ListPolicies", m, "{\"Filter\":\"TAG_POLICY\",\"MaxResults\":20}", false)));
        scenarios.add(
            new RepeatScenario(
                LIST_POLICIES_FOR_TARGET,
                aws.request(
                    "ListPoliciesForTarget",
                    m,
                    "{\"TargetId\":\"" + DEEP + "\",\"Filter\":\"TAG_POLICY\",\"MaxResults\":20}",
                    false)));
        scenarios.add(
            new RepeatScenario(
                LIST_TARGETS_FOR_POLICY,
                aws.request(
                    "ListTargetsForPolicy",
                    m,
                    "{\"PolicyId\":\"p-FullAWSAccess\",\"MaxResults\":20}",
                    false)));
        scenarios.add(
            new RepeatScenario(
                DESCRIBE_RESOURCE_POLICY, aws.request("DescribeResourcePolicy", m, "{}", false)));
      }
      scenarios.add(
          new RepeatScenario(
              DEEP_DESCRIBE, aws.request("DescribeOrganization", DEEP, "{}", false)));
      bench.measure(server, scenarios);
    } finally {
      storages.release(spec);
    }
  }

  private static RepeatScenario effective(AwsJson aws, String name, String caller, String target) {
    return new RepeatScenario(
        name,
        aws.request(
            "DescribeEffectivePolicy",
            caller,
            "{\"PolicyType\":\"TAG_POLICY\",\"TargetId\":\"" + target + "\"}",
            false));
  }

  /**
   * An organization with a chain of five OUs, one member at its bottom and one under the root, tag
   * policies and SCPs enabled, and ten of each attached to the root, every OU of the chain and the
   * deep member (nine SCPs besides FullAWSAccess, which every target has), and a resource policy.
   * Returns the id of the first tag policy.
   */
  private static String setUp(SetupClient c) throws Exception {
    String m = Bench.MANAGEMENT_ACCOUNT;
    String root = c.require("ListRoots", m, "{}").path("Roots").path(0).path("Id").asText();
    c.require("PutResourcePolicy", m, "{\"Content\":" + AwsJson.quote(RESOURCE_POLICY) + "}");
    c.require("EnablePolicyType", m, typeOn(root, "TAG_POLICY"));
    c.require("EnablePolicyType", m, typeOn(root, "SERVICE_CONTROL_POLICY"));
    for (String account : List.of(DEEP, SHALLOW)) {
      String handshake =
          c.require(
                  "InviteAccountToOrganization",
                  m,
                  "{\"Target\":{\"Id\":\"" + account + "\",\"Type\":\"ACCOUNT\"}}")
              .path("Handshake")
              .path("Id")
              .asText();
      c.require("AcceptHandshake", account, "{\"HandshakeId\":\"" + handshake + "\"}");
    }
    List<String> levels = new ArrayList<>(List.of(root));
    String parent = root;
    for (int depth = 1; depth <= DEPTH; depth++) {
      parent =
          c.require(
                  "CreateOrganizationalUnit",
                  m,
                  "{\"ParentId\":\"" + parent + "\",\"Name\":\"level" + depth + "\"}")
              .path("OrganizationalUnit")
              .path("Id")
              .asText();
      levels.add(parent);
    }
    c.require(
        "MoveAccount",
        m,
        "{\"AccountId\":\""
            + DEEP
            + "\",\"SourceParentId\":\""
            + root
            + "\",\"DestinationParentId\":\""
            + parent
            + "\"}");
    levels.add(DEEP);
    String first = null;
    for (int level = 0; level < levels.size(); level++) {
      for (int i = 0; i < PER_LEVEL; i++) {
        String id =
            attach(
                c, levels.get(level), "TAG_POLICY", "tag-" + level + "-" + i, tagPolicy(level, i));
        first = first == null ? id : first;
        if (i > 0) {
          attach(c, levels.get(level), "SERVICE_CONTROL_POLICY", "scp-" + level + "-" + i, scp(i));
        }
      }
    }
    return first;
  }

  private static String attach(SetupClient c, String target, String type, String name, String doc)
      throws Exception {
    String m = Bench.MANAGEMENT_ACCOUNT;
    String id =
        c.require(
                "CreatePolicy",
                m,
                "{\"Name\":\""
                    + name
                    + "\",\"Description\":\"\",\"Type\":\""
                    + type
                    + "\",\"Content\":"
                    + AwsJson.quote(doc)
                    + "}")
            .path("Policy")
            .path("PolicySummary")
            .path("Id")
            .asText();
    c.require("AttachPolicy", m, "{\"PolicyId\":\"" + id + "\",\"TargetId\":\"" + target + "\"}");
    return id;
  }

  /** A delegation policy like the user guide's: one member may read the organization. */
  private static final String RESOURCE_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowDescribe\",\"Effect\":"
          + "\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
          + SHALLOW
          + ":root\"},\"Action\":[\"organizations:Describe*\",\"organizations:List*\"],"
          + "\"Resource\":\"*\"}]}";

  private static String typeOn(String root, String type) {
    return "{\"RootId\":\"" + root + "\",\"PolicyType\":\"" + type + "\"}";
  }

  private static String tagPolicy(int level, int i) {
    return "{\"tags\":{\"key"
        + i
        + "\":{\"tag_key\":{\"@@assign\":\"Key"
        + i
        + "\"},\"tag_value\":{\"@@append\":[\"level"
        + level
        + "\"]}}}}";
  }

  private static String scp(int i) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":"
        + "\"organizations:CloseAccount\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":"
        + "{\"aws:PrincipalTag/guard\":\"g"
        + i
        + "\"}}}]}";
  }
}
