package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.PolicyType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Delegated administrators for policy management: what the organization's resource-based delegation
 * policy lets a member do with policies (research policies.md §3, decision D5).
 */
class PolicyDelegationTest {
  static final AccountId MGMT = account(1);
  static final AccountId DELEGATE = account(2);
  static final AccountId OTHER = account(3);
  static final AccountId REGISTERED = account(4);
  static final PolicyType TAG = PolicyType.TAG_POLICY;
  static final PolicyType SCP = PolicyType.SERVICE_CONTROL_POLICY;
  static final String TAG_DOC = "{\"tags\":{\"team\":{\"tag_key\":{\"@@assign\":\"Team\"}}}}";
  static final String SCP_DOC =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\","
          + "\"Resource\":\"*\"}}";
  static final PageRequest FIRST = new PageRequest(null, null);

  final World w = new World();
  String root;
  String ou;
  String tagPolicy;
  String scp;

  @BeforeEach
  void setUp() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, DELEGATE);
    w.join(MGMT, OTHER);
    w.join(MGMT, REGISTERED);
    w.orgd.serviceAccess().enable(MGMT, "sso.amazonaws.com");
    w.orgd.delegatedAdministrators().register(MGMT, REGISTERED, "sso.amazonaws.com");
    root = w.orgd.organizations().describeOrganization(MGMT).organization().rootId().value();
    ou =
        w.orgd
            .structure()
            .createOrganizationalUnit(MGMT, root, "Team", List.of())
            .organizationalUnit()
            .id()
            .value();
    w.orgd.policyTypes().enablePolicyType(MGMT, root, TAG);
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP);
    tagPolicy = w.orgd.policies().createPolicy(MGMT, "tags", "", TAG_DOC, TAG, List.of()).id();
    scp = w.orgd.policies().createPolicy(MGMT, "scp", "", SCP_DOC, SCP, List.of()).id();
  }

  static Map<String, Object> statement(String effect, Object action, Object condition) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("Effect", effect);
    s.put("Principal", Map.of("AWS", "arn:aws:iam::" + DELEGATE + ":root"));
    s.put("Action", action);
    s.put("Resource", "*");
    if (condition != null) {
      s.put("Condition", condition);
    }
    return s;
  }

  static final Map<String, Object> TAG_ONLY =
      Map.of("StringEquals", Map.of("organizations:PolicyType", "TAG_POLICY"));

  void delegate(List<Map<String, Object>> statements) {
    Map<String, Object> doc = Map.of("Version", "2012-10-17", "Statement", statements);
    w.orgd.resourcePolicies().put(MGMT, json(doc), doc, List.of());
  }

  /** The JSON text of maps, lists and strings. */
  static String json(Object value) {
    if (value instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      m.forEach(
          (k, v) ->
              b.append(b.length() > 1 ? "," : "").append(json(k)).append(':').append(json(v)));
      return b.append('}').toString();
    }
    if (value instanceof List<?> l) {
      return "[" + String.join(",", l.stream().map(PolicyDelegationTest::json).toList()) + "]";
    }
    return "\"" + value + "\"";
  }

  /** Every policy action, TAG_POLICY only. */
  void delegateTagPolicies() {
    delegate(List.of(statement("Allow", "organizations:*Polic*", TAG_ONLY)));
  }

  /** An operation as {@code caller} makes it. */
  record Call(String name, Consumer<PolicyDelegationTest> as) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Call call(String name, java.util.function.BiConsumer<PolicyDelegationTest, AccountId> c) {
    return new Call(name, t -> c.accept(t, DELEGATE));
  }

  static Stream<Arguments> tagPolicyCalls() {
    return Stream.of(
        Arguments.of(
            call(
                "CreatePolicy",
                (t, a) ->
                    t.w.orgd.policies().createPolicy(a, "mine", "", TAG_DOC, TAG, List.of()))),
        Arguments.of(
            call("DescribePolicy", (t, a) -> t.w.orgd.policies().describePolicy(a, t.tagPolicy))),
        Arguments.of(
            call(
                "UpdatePolicy",
                (t, a) -> t.w.orgd.policies().updatePolicy(a, t.tagPolicy, "renamed", null, null))),
        Arguments.of(
            call("ListPolicies", (t, a) -> t.w.orgd.policies().listPolicies(a, TAG, FIRST))),
        Arguments.of(
            call(
                "AttachPolicy",
                (t, a) -> t.w.orgd.policyAttachments().attachPolicy(a, t.tagPolicy, t.ou))),
        Arguments.of(
            call(
                "ListPoliciesForTarget",
                (t, a) -> t.w.orgd.policyAttachments().listPoliciesForTarget(a, t.ou, TAG, FIRST))),
        Arguments.of(
            call(
                "ListTargetsForPolicy",
                (t, a) ->
                    t.w.orgd.policyAttachments().listTargetsForPolicy(a, t.tagPolicy, FIRST))),
        Arguments.of(
            call(
                "DisablePolicyType",
                (t, a) -> t.w.orgd.policyTypes().disablePolicyType(a, t.root, TAG))),
        Arguments.of(
            call("DeletePolicy", (t, a) -> t.w.orgd.policies().deletePolicy(a, t.tagPolicy))));
  }

  static Stream<Arguments> scpCalls() {
    return Stream.of(
        Arguments.of(
            call(
                "CreatePolicy",
                (t, a) ->
                    t.w.orgd.policies().createPolicy(a, "mine", "", SCP_DOC, SCP, List.of()))),
        Arguments.of(
            call(
                "UpdatePolicy",
                (t, a) -> t.w.orgd.policies().updatePolicy(a, t.scp, "renamed", null, null))),
        Arguments.of(
            call(
                "AttachPolicy",
                (t, a) -> t.w.orgd.policyAttachments().attachPolicy(a, t.scp, t.ou))),
        Arguments.of(
            call(
                "DisablePolicyType",
                (t, a) -> t.w.orgd.policyTypes().disablePolicyType(a, t.root, SCP))),
        Arguments.of(call("DeletePolicy", (t, a) -> t.w.orgd.policies().deletePolicy(a, t.scp))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tagPolicyCalls")
  void withoutAResourcePolicyAMemberIsDenied(Call call) {
    World.assertError(() -> call.as().accept(this), ErrorCode.ACCESS_DENIED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tagPolicyCalls")
  void theResourcePolicyLetsTheNamedMemberManageTagPolicies(Call call) {
    delegateTagPolicies();
    assertThatCode(() -> call.as().accept(this)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scpCalls")
  void theConditionOnThePolicyTypeKeepsScpsOut(Call call) {
    delegateTagPolicies();
    World.assertError(() -> call.as().accept(this), ErrorCode.ACCESS_DENIED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tagPolicyCalls")
  void anExplicitDenyWins(Call call) {
    delegate(
        List.of(
            statement("Allow", "organizations:*", null),
            statement("Deny", "organizations:*Polic*", TAG_ONLY)));
    World.assertError(() -> call.as().accept(this), ErrorCode.ACCESS_DENIED);
  }

  @Test
  void aMemberTheResourcePolicyDoesNotNameIsDenied() {
    delegateTagPolicies();
    World.assertError(
        () -> w.orgd.policies().createPolicy(OTHER, "x", "", TAG_DOC, TAG, List.of()),
        ErrorCode.ACCESS_DENIED);
    World.assertError(
        () -> w.orgd.policies().listPolicies(OTHER, TAG, FIRST), ErrorCode.ACCESS_DENIED);
  }

  @Test
  void aRegisteredDelegatedAdministratorStillReadsButDoesNotWrite() {
    assertThat(w.orgd.policies().listPolicies(REGISTERED, TAG, FIRST).items()).isNotEmpty();
    assertThat(w.orgd.policies().describePolicy(REGISTERED, scp).id()).isEqualTo(scp);
    World.assertError(
        () -> w.orgd.policyAttachments().attachPolicy(REGISTERED, tagPolicy, ou),
        ErrorCode.ACCESS_DENIED);
  }

  @Test
  void resourcesScopeTheGrantToAnOu() {
    Map<String, Object> attach = statement("Allow", "organizations:AttachPolicy", null);
    attach.put(
        "Resource",
        List.of(
            "arn:aws:organizations::" + MGMT + ":ou/*/" + ou,
            "arn:aws:organizations::" + MGMT + ":policy/*/tag_policy/*"));
    delegate(List.of(attach));
    assertThatCode(() -> w.orgd.policyAttachments().attachPolicy(DELEGATE, tagPolicy, ou))
        .doesNotThrowAnyException();
    World.assertError(
        () -> w.orgd.policyAttachments().attachPolicy(DELEGATE, tagPolicy, DELEGATE.value()),
        ErrorCode.ACCESS_DENIED);
    World.assertError(
        () -> w.orgd.policyAttachments().attachPolicy(DELEGATE, scp, ou), ErrorCode.ACCESS_DENIED);
  }

  @Test
  void aDelegateGetsTheUsualErrorsOnceAllowed() {
    delegateTagPolicies();
    World.assertError(
        () -> w.orgd.policies().describePolicy(DELEGATE, "p-abcdefgh"), ErrorCode.ACCESS_DENIED);
    delegate(List.of(statement("Allow", "organizations:DescribePolicy", null)));
    World.assertError(
        () -> w.orgd.policies().describePolicy(DELEGATE, "p-abcdefgh"), ErrorCode.POLICY_NOT_FOUND);
  }
}
