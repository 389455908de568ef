package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.Reason;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.PolicyTargetType;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.PolicyType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Policies, attachments and policy types (research policies.md §4, §5, §10). */
class PolicyServiceTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  static final AccountId ADMIN = account(3);
  static final AccountId STANDALONE = account(4);
  static final AccountId OTHER_MGMT = account(5);
  static final AccountId CB_MGMT = account(6);
  static final AccountId OTHER_MEMBER = account(7);

  static final PolicyType SCP = PolicyType.SERVICE_CONTROL_POLICY;
  static final PolicyType RCP = PolicyType.RESOURCE_CONTROL_POLICY;
  static final PolicyType TAG = PolicyType.TAG_POLICY;
  static final PolicyType AI = PolicyType.AISERVICES_OPT_OUT_POLICY;

  static final String DENY_LEAVE =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
          + "\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}";
  static final String ALLOW_S3 =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}}";
  static final String RCP_DENY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
          + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
  static final String TAG_DOC =
      "{\"tags\":{\"costcenter\":{\"tag_key\":{\"@@assign\":\"CostCenter\"}}}}";

  final World w = new World();
  final PolicyService policies = w.orgd.policies();
  final PolicyAttachmentService attachments = w.orgd.policyAttachments();
  final PolicyTypeService types = w.orgd.policyTypes();
  final EffectivePolicyService effective = w.orgd.effectivePolicies();
  Organization org;
  String root;
  String ou;
  String foreignOu;

  @BeforeEach
  void setUp() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    w.join(MGMT, ADMIN);
    w.orgd.serviceAccess().enable(MGMT, "sso.amazonaws.com");
    w.orgd.delegatedAdministrators().register(MGMT, ADMIN, "sso.amazonaws.com");
    org = w.orgd.organizations().describeOrganization(MGMT).organization();
    root = org.rootId().value();
    ou = ou(MGMT, root, "Workloads");
    w.orgd.structure().moveAccount(MGMT, MEMBER, root, ou);
    w.organization(OTHER_MGMT, FeatureSet.ALL);
    w.join(OTHER_MGMT, OTHER_MEMBER);
    String otherRoot =
        w.orgd.organizations().describeOrganization(OTHER_MGMT).organization().rootId().value();
    foreignOu = ou(OTHER_MGMT, otherRoot, "Foreign");
    w.organization(CB_MGMT, FeatureSet.CONSOLIDATED_BILLING);
    types.enablePolicyType(MGMT, root, SCP);
  }

  String ou(AccountId mgmt, String parent, String name) {
    return w.orgd
        .structure()
        .createOrganizationalUnit(mgmt, parent, name, List.of())
        .organizationalUnit()
        .id()
        .value();
  }

  PolicyDetails create(PolicyType type, String name, String content) {
    return policies.createPolicy(MGMT, name, "", content, type, List.of());
  }

  String scp(String name) {
    return create(SCP, name, DENY_LEAVE).id();
  }

  List<String> policyIdsOn(String target, PolicyType type) {
    return attachments
        .listPoliciesForTarget(MGMT, target, type, PageRequest.first())
        .items()
        .stream()
        .map(PolicyDetails::id)
        .toList();
  }

  List<String> targetsOf(String policyId) {
    List<String> all = new ArrayList<>();
    String token = null;
    do {
      Page<PolicyTargetDetails> page =
          attachments.listTargetsForPolicy(MGMT, policyId, new PageRequest(2, token));
      page.items().forEach(t -> all.add(t.id()));
      token = page.nextToken();
    } while (token != null);
    return all;
  }

  static String padded(String doc, int length) {
    // Whitespace counts: the document as sent is what is measured.
    return doc + " ".repeat(length - doc.length());
  }

  static List<Tag> tags(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Tag("k" + i, "v")).toList();
  }

  @Test
  void aCreatedPolicyHasItsIdArnAndDocumentAsSent() {
    PolicyDetails p =
        policies.createPolicy(
            MGMT, "DenyLeave", "no leaving", DENY_LEAVE, SCP, List.of(new Tag("team", "platform")));
    assertThat(p.id()).matches("p-[0-9a-z]{10}");
    assertThat(p.arn())
        .isEqualTo(
            "arn:aws:organizations::"
                + MGMT
                + ":policy/"
                + org.id()
                + "/service_control_policy/"
                + p.id());
    assertThat(p.awsManaged()).isFalse();
    assertThat(p.content()).isEqualTo(DENY_LEAVE);
    assertThat(policies.describePolicy(ADMIN, p.id())).isEqualTo(p);
    assertThat(w.orgd.tags().listTagsForResource(MGMT, p.id(), null).items())
        .containsExactly(new Tag("team", "platform"));
  }

  @Test
  void theSameNameMayBeUsedByAnotherType() {
    create(SCP, "Same", DENY_LEAVE);
    assertThat(create(TAG, "Same", TAG_DOC).type()).isEqualTo(TAG);
  }

  @Test
  void aDocumentExactlyAtTheLimitIsAccepted() {
    assertThat(create(SCP, "Max", padded(DENY_LEAVE, 10_240)).content()).hasSize(10_240);
    assertThat(create(AI, "Max", padded("{}", 2_500)).content()).hasSize(2_500);
  }

  @Test
  void managedPoliciesAreDescribedAndListedAfterTheCustomerOnes() {
    PolicyDetails full = policies.describePolicy(MGMT, "p-FullAWSAccess");
    assertThat(full.awsManaged()).isTrue();
    assertThat(full.arn())
        .isEqualTo("arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess");
    for (int i = 0; i < 25; i++) {
      w.advance(Duration.ofMillis(1));
      scp("P" + i);
    }
    Page<PolicyDetails> first = policies.listPolicies(MGMT, SCP, new PageRequest(20, null));
    assertThat(first.items())
        .extracting(PolicyDetails::name)
        .containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(i -> "P" + i).toList());
    Page<PolicyDetails> second =
        policies.listPolicies(MGMT, SCP, new PageRequest(20, first.nextToken()));
    assertThat(second.items())
        .extracting(PolicyDetails::name)
        .containsExactly("P20", "P21", "P22", "P23", "P24", "FullAWSAccess");
    assertThat(second.nextToken()).isNull();
    assertThat(policies.listPolicies(MGMT, TAG, PageRequest.first()).items()).isEmpty();
    assertThat(policies.listPolicies(CB_MGMT, SCP, PageRequest.first()).items()).isEmpty();
  }

  @Test
  void updateReplacesOnlyWhatIsGivenAndKeepsItsOwnName() {
    PolicyDetails p = create(SCP, "Name", DENY_LEAVE);
    PolicyDetails updated = policies.updatePolicy(MGMT, p.id(), "Name", "new", null);
    assertThat(updated.name()).isEqualTo("Name");
    assertThat(updated.description()).isEqualTo("new");
    assertThat(updated.content()).isEqualTo(DENY_LEAVE);
    assertThat(policies.updatePolicy(MGMT, p.id(), null, null, ALLOW_S3).content())
        .isEqualTo(ALLOW_S3);
  }

  @Test
  void enablingScpsAttachesFullAwsAccessEverywhereAndToWhatComesLater() {
    assertThat(types.listRoots(MGMT, PageRequest.first()).items().get(0).enabledPolicyTypes())
        .containsExactly(SCP);
    assertThat(targetsOf("p-FullAWSAccess"))
        .containsExactlyInAnyOrder(root, ou, MGMT.value(), MEMBER.value(), ADMIN.value());
    String later = ou(MGMT, ou, "Later");
    AccountId created =
        w.orgd.accounts().createAccount(MGMT, "new@example.com", "New", List.of()).accountId();
    assertThat(policyIdsOn(later, SCP)).containsExactly("p-FullAWSAccess");
    assertThat(policyIdsOn(created.value(), SCP)).containsExactly("p-FullAWSAccess");
    assertThat(policyIdsOn(later, RCP)).isEmpty();
  }

  @Test
  void enablingRcpsAttachesTheUndetachableRcpFullAwsAccess() {
    types.enablePolicyType(MGMT, root, RCP);
    assertThat(policyIdsOn(MEMBER.value(), RCP)).containsExactly("p-RCPFullAWSAccess");
    assertError(
        () -> attachments.detachPolicy(MGMT, "p-RCPFullAWSAccess", MEMBER.value()),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.NON_DETACHABLE_POLICY);
  }

  @Test
  void theLastScpOfATargetStaysUntilAnotherIsAttached() {
    assertError(
        () -> attachments.detachPolicy(MGMT, "p-FullAWSAccess", MEMBER.value()),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED);
    String p = scp("Guard");
    attachments.attachPolicy(MGMT, p, MEMBER.value());
    attachments.detachPolicy(MGMT, "p-FullAWSAccess", MEMBER.value());
    assertThat(policyIdsOn(MEMBER.value(), SCP)).containsExactly(p);
  }

  @Test
  void tenScpsFitOnATargetAndAnEleventhDoesNot() {
    for (int i = 0; i < 9; i++) {
      attachments.attachPolicy(MGMT, scp("P" + i), ou);
    }
    String eleventh = scp("P10");
    assertError(
        () -> attachments.attachPolicy(MGMT, eleventh, ou),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED);
    assertThat(policyIdsOn(ou, SCP)).hasSize(10);
  }

  @Test
  void disablingDetachesTheTypeAndKeepsThePolicies() {
    String p = scp("Guard");
    attachments.attachPolicy(MGMT, p, ou);
    RootDetails after = types.disablePolicyType(MGMT, root, SCP);
    assertThat(after.enabledPolicyTypes()).isEmpty();
    assertThat(targetsOf(p)).isEmpty();
    assertThat(targetsOf("p-FullAWSAccess")).isEmpty();
    assertThat(policies.describePolicy(MGMT, p).name()).isEqualTo("Guard");
    types.enablePolicyType(MGMT, root, SCP);
    assertThat(policyIdsOn(ou, SCP)).containsExactly("p-FullAWSAccess");
  }

  @Test
  void anAccountThatLeavesAndAnOuDeletedLoseTheirAttachments() {
    String p = scp("OnlyOnMember");
    attachments.attachPolicy(MGMT, p, MEMBER.value());
    w.orgd.organizations().removeAccount(MGMT, MEMBER);
    assertThat(targetsOf(p)).isEmpty();
    policies.deletePolicy(MGMT, p);
    String q = scp("OnOu");
    attachments.attachPolicy(MGMT, q, ou);
    w.orgd.structure().deleteOrganizationalUnit(MGMT, ou);
    assertThat(targetsOf(q)).isEmpty();
  }

  @Test
  void aMovedAccountKeepsItsDirectAttachments() {
    String p = scp("Direct");
    attachments.attachPolicy(MGMT, p, MEMBER.value());
    w.orgd.structure().moveAccount(MGMT, MEMBER, ou, root);
    assertThat(policyIdsOn(MEMBER.value(), SCP)).contains(p);
  }

  @Test
  void deletingAPolicyFreesItsNameAndItsTags() {
    PolicyDetails p =
        policies.createPolicy(MGMT, "Gone", "", DENY_LEAVE, SCP, List.of(new Tag("k", "v")));
    policies.deletePolicy(MGMT, p.id());
    assertError(() -> policies.describePolicy(MGMT, p.id()), ErrorCode.POLICY_NOT_FOUND);
    assertThat(create(SCP, "Gone", DENY_LEAVE).id()).isNotEqualTo(p.id());
  }

  @Test
  void listTargetsNamesEachTargetWithItsArnAndType() {
    String p = scp("Everywhere");
    attachments.attachPolicy(MGMT, p, root);
    w.advance(Duration.ofMillis(1));
    attachments.attachPolicy(MGMT, p, MEMBER.value());
    w.advance(Duration.ofMillis(1));
    attachments.attachPolicy(MGMT, p, ou);
    List<PolicyTargetDetails> targets =
        attachments.listTargetsForPolicy(MGMT, p, PageRequest.first()).items();
    assertThat(targets)
        .extracting(PolicyTargetDetails::type)
        .containsExactly(
            PolicyTargetType.ROOT, PolicyTargetType.ACCOUNT, PolicyTargetType.ORGANIZATIONAL_UNIT);
    assertThat(targets.get(0).name()).isEqualTo("Root");
    assertThat(targets.get(2).name()).isEqualTo("Workloads");
    assertThat(targets.get(2).arn())
        .isEqualTo("arn:aws:organizations::" + MGMT + ":ou/" + org.id() + "/" + ou);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused(
            "create: member",
            t -> t.policies.createPolicy(MEMBER, "X", "", DENY_LEAVE, SCP, List.of()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "create: delegated administrator",
            t -> t.policies.createPolicy(ADMIN, "X", "", DENY_LEAVE, SCP, List.of()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "create: standalone",
            t -> t.policies.createPolicy(STANDALONE, "X", "", DENY_LEAVE, SCP, List.of()),
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE),
        refused(
            "create: consolidated billing",
            t -> t.policies.createPolicy(CB_MGMT, "X", "", DENY_LEAVE, SCP, List.of()),
            ErrorCode.POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION),
        refused(
            "create: duplicate name and type",
            t -> {
              t.scp("X");
              t.scp("X");
            },
            ErrorCode.DUPLICATE_POLICY),
        refused(
            "create: the managed policy's name",
            t -> t.scp("FullAWSAccess"),
            ErrorCode.DUPLICATE_POLICY),
        refused(
            "create: SCP of 10,241 characters",
            t -> t.create(SCP, "X", padded(DENY_LEAVE, 10_241)),
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.POLICY_CONTENT_LIMIT_EXCEEDED),
        refused(
            "create: RCP of 5,121 characters",
            t -> t.create(RCP, "X", padded(RCP_DENY, 5_121)),
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.POLICY_CONTENT_LIMIT_EXCEEDED),
        refused(
            "create: AI opt-out of 2,501 characters",
            t -> t.create(AI, "X", padded("{}", 2_501)),
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.POLICY_CONTENT_LIMIT_EXCEEDED),
        refused(
            "create: tag policy of 10,001 characters",
            t -> t.create(TAG, "X", padded(TAG_DOC, 10_001)),
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.POLICY_CONTENT_LIMIT_EXCEEDED),
        refused(
            "create: not JSON",
            t -> t.create(SCP, "X", "not json"),
            ErrorCode.MALFORMED_POLICY_DOCUMENT),
        refused(
            "create: SCP with a Principal",
            t -> t.create(SCP, "X", RCP_DENY),
            ErrorCode.MALFORMED_POLICY_DOCUMENT),
        refused(
            "create: RCP that allows",
            t ->
                t.create(
                    RCP,
                    "X",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"),
            ErrorCode.MALFORMED_POLICY_DOCUMENT),
        refused(
            "create: tag policy with an unknown operator",
            t -> t.create(TAG, "X", "{\"tags\":{\"a\":{\"tag_key\":{\"@@foo\":\"A\"}}}}"),
            ErrorCode.MALFORMED_POLICY_DOCUMENT),
        refused(
            "create: 51 tags",
            t -> t.policies.createPolicy(MGMT, "X", "", DENY_LEAVE, SCP, tags(51)),
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.MAX_TAG_LIMIT_EXCEEDED),
        refused(
            "create: a system tag",
            t ->
                t.policies.createPolicy(
                    MGMT, "X", "", DENY_LEAVE, SCP, List.of(new Tag("aws:x", "v"))),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_SYSTEM_TAGS_PARAMETER),
        refused(
            "create: a duplicate tag key",
            t ->
                t.policies.createPolicy(
                    MGMT, "X", "", DENY_LEAVE, SCP, List.of(new Tag("k", "1"), new Tag("k", "2"))),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.DUPLICATE_TAG_KEY),
        refused(
            "describe: unknown",
            t -> t.policies.describePolicy(MGMT, "p-zzzzzzzzzz"),
            ErrorCode.POLICY_NOT_FOUND),
        refused(
            "describe: another organization's",
            t -> t.policies.describePolicy(OTHER_MGMT, t.scp("Mine")),
            ErrorCode.POLICY_NOT_FOUND),
        refused(
            "describe: member",
            t -> t.policies.describePolicy(MEMBER, "p-FullAWSAccess"),
            ErrorCode.ACCESS_DENIED),
        refused(
            "describe: managed policy in consolidated billing",
            t -> t.policies.describePolicy(CB_MGMT, "p-FullAWSAccess"),
            ErrorCode.POLICY_NOT_FOUND),
        refused(
            "update: managed",
            t -> t.policies.updatePolicy(MGMT, "p-FullAWSAccess", "X", null, null),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.IMMUTABLE_POLICY),
        refused(
            "update: another policy's name",
            t -> {
              t.scp("A");
              t.policies.updatePolicy(MGMT, t.scp("B"), "A", null, null);
            },
            ErrorCode.DUPLICATE_POLICY),
        refused(
            "update: unknown",
            t -> t.policies.updatePolicy(MGMT, "p-zzzzzzzzzz", "X", null, null),
            ErrorCode.POLICY_NOT_FOUND),
        refused(
            "update: malformed document",
            t -> t.policies.updatePolicy(MGMT, t.scp("A"), null, null, "{"),
            ErrorCode.MALFORMED_POLICY_DOCUMENT),
        refused(
            "update: delegated administrator",
            t -> t.policies.updatePolicy(ADMIN, t.scp("A"), "B", null, null),
            ErrorCode.ACCESS_DENIED),
        refused(
            "delete: managed",
            t -> t.policies.deletePolicy(MGMT, "p-RCPFullAWSAccess"),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.IMMUTABLE_POLICY),
        refused(
            "delete: attached",
            t -> {
              String p = t.scp("A");
              t.attachments.attachPolicy(MGMT, p, t.ou);
              t.policies.deletePolicy(MGMT, p);
            },
            ErrorCode.POLICY_IN_USE),
        refused(
            "delete: unknown",
            t -> t.policies.deletePolicy(MGMT, "p-zzzzzzzzzz"),
            ErrorCode.POLICY_NOT_FOUND),
        refused(
            "list: member",
            t -> t.policies.listPolicies(MEMBER, SCP, PageRequest.first()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "list: a token of another type",
            t -> {
              t.scp("A");
              t.scp("B");
              String token =
                  t.policies.listPolicies(MGMT, SCP, new PageRequest(1, null)).nextToken();
              t.policies.listPolicies(MGMT, TAG, new PageRequest(1, token));
            },
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_NEXT_TOKEN),
        refused(
            "attach: unknown policy",
            t -> t.attachments.attachPolicy(MGMT, "p-zzzzzzzzzz", t.ou),
            ErrorCode.POLICY_NOT_FOUND),
        refused(
            "attach: unknown target",
            t -> t.attachments.attachPolicy(MGMT, t.scp("A"), "ou-zzzz-zzzzzzzz"),
            ErrorCode.TARGET_NOT_FOUND),
        refused(
            "attach: another organization's OU",
            t -> t.attachments.attachPolicy(MGMT, t.scp("A"), t.foreignOu),
            ErrorCode.TARGET_NOT_FOUND),
        refused(
            "attach: another organization's account",
            t -> t.attachments.attachPolicy(MGMT, t.scp("A"), OTHER_MEMBER.value()),
            ErrorCode.TARGET_NOT_FOUND),
        refused(
            "attach: another root",
            t -> t.attachments.attachPolicy(MGMT, t.scp("A"), "r-zzzz"),
            ErrorCode.TARGET_NOT_FOUND),
        refused(
            "attach: type not enabled",
            t -> t.attachments.attachPolicy(MGMT, t.create(TAG, "T", TAG_DOC).id(), t.ou),
            ErrorCode.POLICY_TYPE_NOT_ENABLED),
        refused(
            "attach: twice",
            t -> {
              String p = t.scp("A");
              t.attachments.attachPolicy(MGMT, p, t.ou);
              t.attachments.attachPolicy(MGMT, p, t.ou);
            },
            ErrorCode.DUPLICATE_POLICY_ATTACHMENT),
        refused(
            "attach: FullAWSAccess again",
            t -> t.attachments.attachPolicy(MGMT, "p-FullAWSAccess", t.root),
            ErrorCode.DUPLICATE_POLICY_ATTACHMENT),
        refused(
            "attach: member",
            t -> t.attachments.attachPolicy(MEMBER, "p-FullAWSAccess", t.ou),
            ErrorCode.ACCESS_DENIED),
        refused(
            "attach: sixth AI opt-out policy",
            t -> {
              t.types.enablePolicyType(MGMT, t.root, AI);
              for (int i = 0; i < 6; i++) {
                t.attachments.attachPolicy(MGMT, t.create(AI, "A" + i, "{}").id(), t.ou);
              }
            },
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED),
        refused(
            "attach: sixth RCP (RCPFullAWSAccess counts)",
            t -> {
              t.types.enablePolicyType(MGMT, t.root, RCP);
              for (int i = 0; i < 5; i++) {
                t.attachments.attachPolicy(
                    MGMT, t.create(RCP, "R" + i, RCP_DENY).id(), MEMBER.value());
              }
            },
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED),
        refused(
            "detach: not attached",
            t -> t.attachments.detachPolicy(MGMT, t.scp("A"), t.ou),
            ErrorCode.POLICY_NOT_ATTACHED),
        refused(
            "detach: unknown target",
            t -> t.attachments.detachPolicy(MGMT, "p-FullAWSAccess", "111111111111"),
            ErrorCode.TARGET_NOT_FOUND),
        refused(
            "detach: unknown policy",
            t -> t.attachments.detachPolicy(MGMT, "p-zzzzzzzzzz", t.ou),
            ErrorCode.POLICY_NOT_FOUND),
        refused(
            "list for target: unknown target",
            t ->
                t.attachments.listPoliciesForTarget(
                    MGMT, "ou-zzzz-zzzzzzzz", SCP, PageRequest.first()),
            ErrorCode.TARGET_NOT_FOUND),
        refused(
            "list for target: member",
            t -> t.attachments.listPoliciesForTarget(MEMBER, t.ou, SCP, PageRequest.first()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "list targets: unknown policy",
            t -> t.attachments.listTargetsForPolicy(MGMT, "p-zzzzzzzzzz", PageRequest.first()),
            ErrorCode.POLICY_NOT_FOUND),
        refused(
            "enable: already enabled",
            t -> t.types.enablePolicyType(MGMT, t.root, SCP),
            ErrorCode.POLICY_TYPE_ALREADY_ENABLED),
        refused(
            "enable: unknown root",
            t -> t.types.enablePolicyType(MGMT, "r-zzzz", TAG),
            ErrorCode.ROOT_NOT_FOUND),
        refused(
            "enable: consolidated billing",
            t -> t.types.enablePolicyType(CB_MGMT, t.rootOf(CB_MGMT), SCP),
            ErrorCode.POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION),
        refused(
            "enable: delegated administrator",
            t -> t.types.enablePolicyType(ADMIN, t.root, TAG),
            ErrorCode.ACCESS_DENIED),
        refused(
            "disable: not enabled",
            t -> t.types.disablePolicyType(MGMT, t.root, TAG),
            ErrorCode.POLICY_TYPE_NOT_ENABLED),
        refused(
            "disable: unknown root",
            t -> t.types.disablePolicyType(MGMT, "r-zzzz", SCP),
            ErrorCode.ROOT_NOT_FOUND),
        refused(
            "disable: member",
            t -> t.types.disablePolicyType(MEMBER, t.root, SCP),
            ErrorCode.ACCESS_DENIED),
        refused(
            "tag: a managed policy",
            t -> w(t).orgd.tags().tagResource(MGMT, "p-FullAWSAccess", List.of(new Tag("k", "v"))),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.IMMUTABLE_POLICY),
        refused(
            "tag: 51st tag on a policy",
            t -> {
              String p = t.policies.createPolicy(MGMT, "T", "", DENY_LEAVE, SCP, tags(50)).id();
              w(t).orgd.tags().tagResource(MGMT, p, List.of(new Tag("one", "more")));
            },
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.MAX_TAG_LIMIT_EXCEEDED),
        refused(
            "tag: unknown policy",
            t -> w(t).orgd.tags().tagResource(MGMT, "p-zzzzzzzzzz", List.of(new Tag("k", "v"))),
            ErrorCode.TARGET_NOT_FOUND));
  }

  private static World w(PolicyServiceTest t) {
    return t.w;
  }

  String rootOf(AccountId mgmt) {
    return w.orgd.organizations().describeOrganization(mgmt).organization().rootId().value();
  }

  private static Arguments refused(String name, Consumer<PolicyServiceTest> call, ErrorCode code) {
    return refused(name, call, code, null);
  }

  private static Arguments refused(
      String name, Consumer<PolicyServiceTest> call, ErrorCode code, Reason reason) {
    return Arguments.of(name, call, code, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void eachRefusal(String name, Consumer<PolicyServiceTest> call, ErrorCode code, Reason reason) {
    if (reason == null) {
      assertError(() -> call.accept(this), code);
    } else {
      assertError(() -> call.accept(this), code, reason);
    }
  }
}
