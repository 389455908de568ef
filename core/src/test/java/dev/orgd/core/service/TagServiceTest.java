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
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.Tag;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** TagResource, UntagResource and ListTagsForResource (research §13.3). */
class TagServiceTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  static final AccountId ADMIN = account(3);
  static final AccountId STANDALONE = account(4);
  static final AccountId OTHER_MGMT = account(5);

  final World w = new World();
  final TagService tags = w.orgd.tags();
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
    root = w.orgd.organizations().describeOrganization(MGMT).organization().rootId().value();
    ou =
        w.orgd
            .structure()
            .createOrganizationalUnit(MGMT, root, "Prod", List.of(tag("ou", "1")))
            .organizationalUnit()
            .id()
            .value();
    w.organization(OTHER_MGMT, FeatureSet.ALL);
    String otherRoot =
        w.orgd.organizations().describeOrganization(OTHER_MGMT).organization().rootId().value();
    foreignOu =
        w.orgd
            .structure()
            .createOrganizationalUnit(OTHER_MGMT, otherRoot, "X", List.of())
            .organizationalUnit()
            .id()
            .value();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused(
            "a standalone account",
            t -> t.tags.tagResource(MGMT, STANDALONE.value(), List.of(tag("k", "v"))),
            ErrorCode.TARGET_NOT_FOUND,
            null),
        refused(
            "another organization's account",
            t -> t.tags.tagResource(MGMT, OTHER_MGMT.value(), List.of(tag("k", "v"))),
            ErrorCode.TARGET_NOT_FOUND,
            null),
        refused(
            "another organization's OU",
            t -> t.tags.listTagsForResource(MGMT, t.foreignOu, null),
            ErrorCode.TARGET_NOT_FOUND,
            null),
        refused(
            "an unknown OU",
            t -> t.tags.untagResource(MGMT, "ou-abcd-zzzzzzzz", List.of("k")),
            ErrorCode.TARGET_NOT_FOUND,
            null),
        refused(
            "another root",
            t -> t.tags.tagResource(MGMT, "r-zzzz", List.of(tag("k", "v"))),
            ErrorCode.TARGET_NOT_FOUND,
            null),
        refused(
            "a policy",
            t -> t.tags.listTagsForResource(MGMT, "p-12345678", null),
            ErrorCode.TARGET_NOT_FOUND,
            null),
        refused(
            "a responsibility transfer",
            t -> t.tags.listTagsForResource(MGMT, "rt-12345678", null),
            ErrorCode.TARGET_NOT_FOUND,
            null),
        refused(
            "a resource policy",
            t -> t.tags.tagResource(MGMT, "rp-12345678", List.of(tag("k", "v"))),
            ErrorCode.TARGET_NOT_FOUND,
            null),
        refused(
            "a member",
            t -> t.tags.tagResource(MEMBER, MEMBER.value(), List.of(tag("k", "v"))),
            ErrorCode.ACCESS_DENIED,
            null),
        refused(
            "a member lists",
            t -> t.tags.listTagsForResource(MEMBER, t.root, null),
            ErrorCode.ACCESS_DENIED,
            null),
        refused(
            "a standalone caller",
            t -> t.tags.untagResource(STANDALONE, t.root, List.of("k")),
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE,
            null),
        refused(
            "51 tags at once",
            t -> t.tags.tagResource(MGMT, t.root, tags(0, 51)),
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.MAX_TAG_LIMIT_EXCEEDED),
        refused(
            "a system tag",
            t -> t.tags.tagResource(MGMT, t.root, List.of(tag("aws:x", "v"))),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_SYSTEM_TAGS_PARAMETER),
        refused(
            "a system tag key to remove",
            t -> t.tags.untagResource(MGMT, t.root, List.of("AWS:x")),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_SYSTEM_TAGS_PARAMETER),
        refused(
            "a duplicate key",
            t -> t.tags.tagResource(MGMT, t.root, List.of(tag("k", "1"), tag("k", "2"))),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.DUPLICATE_TAG_KEY),
        refused(
            "a token of another resource",
            t -> t.tags.listTagsForResource(MGMT, t.root, "not-a-token"),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_NEXT_TOKEN));
  }

  private static Arguments refused(
      String name, Consumer<TagServiceTest> call, ErrorCode code, Reason reason) {
    return Arguments.of(name, call, code, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void eachRefusal(String name, Consumer<TagServiceTest> call, ErrorCode code, Reason reason) {
    if (reason == null) {
      assertError(() -> call.accept(this), code);
    } else {
      assertError(() -> call.accept(this), code, reason);
    }
  }

  @Test
  void accountsOrganizationalUnitsAndTheRootAreTaggedAndListedByKey() {
    tags.tagResource(MGMT, MEMBER.value(), List.of(tag("k", "v")));
    tags.tagResource(ADMIN, root, List.of(tag("b", "2"), tag("a", "")));
    tags.tagResource(MGMT, MGMT.value(), List.of(tag("m", "1")));
    tags.tagResource(MGMT, ou, List.of(tag("ou", "2"), tag("env", "prod")));

    assertThat(list(MEMBER.value())).containsExactly(tag("k", "v"));
    assertThat(list(root)).containsExactly(tag("a", ""), tag("b", "2"));
    assertThat(list(MGMT.value())).containsExactly(tag("m", "1"));
    assertThat(list(ou)).containsExactly(tag("env", "prod"), tag("ou", "2"));
    assertThat(tags.listTagsForResource(ADMIN, ou, null).nextToken()).isNull();
  }

  @Test
  void theLimitCountsTheResultAndARefusedRequestChangesNothing() {
    tags.tagResource(MGMT, MEMBER.value(), tags(0, 30));
    assertError(
        () -> tags.tagResource(MGMT, MEMBER.value(), tags(30, 21)),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.MAX_TAG_LIMIT_EXCEEDED);
    assertThat(list(MEMBER.value())).hasSize(30);
    // Overwriting existing keys does not count twice.
    tags.tagResource(MGMT, MEMBER.value(), tags(10, 40));
    assertThat(list(MEMBER.value())).hasSize(50);
  }

  @Test
  void untagRemovesKeysAndIgnoresAbsentOnes() {
    tags.tagResource(MGMT, root, List.of(tag("a", "1"), tag("b", "2")));
    tags.untagResource(MGMT, root, List.of("a", "absent"));
    assertThat(list(root)).containsExactly(tag("b", "2"));
    tags.untagResource(MGMT, root, List.of("b"));
    assertThat(list(root)).isEmpty();
  }

  @Test
  void createdAccountsAndInvitationsBringTheirTagsAndLeavingDropsThem() {
    AccountId created =
        w.orgd
            .accounts()
            .createAccount(MGMT, "c@example.com", "c", List.of(tag("c", "1")))
            .accountId();
    assertThat(list(created.value())).containsExactly(tag("c", "1"));
    assertThat(list(ou)).containsExactly(tag("ou", "1"));

    AccountId invitee = account(9);
    var invitation =
        w.orgd
            .handshakes()
            .invite(MGMT, PartyType.ACCOUNT, invitee.value(), null, List.of(tag("i", "1")));
    w.orgd.handshakes().accept(invitee, invitation.id());
    assertThat(list(invitee.value())).containsExactly(tag("i", "1"));

    w.orgd.organizations().removeAccount(MGMT, invitee);
    assertError(() -> list(invitee.value()), ErrorCode.TARGET_NOT_FOUND);
    w.join(MGMT, invitee);
    assertThat(list(invitee.value())).isEmpty();
  }

  @Test
  void anOrganizationsDeletionTakesItsRootTags() {
    tags.tagResource(MGMT, root, List.of(tag("a", "1")));
    w.orgd.delegatedAdministrators().deregister(MGMT, ADMIN, "sso.amazonaws.com");
    w.orgd.organizations().removeAccount(MGMT, ADMIN);
    w.orgd.organizations().removeAccount(MGMT, MEMBER);
    var orgId = w.orgd.organizations().describeOrganization(MGMT).organization().id();
    w.orgd.organizations().deleteOrganization(MGMT);
    List<Tag> left = w.orgd.store().read(tx -> tx.resourceTags().find(orgId, root));
    assertThat(left).isEmpty();
  }

  private List<Tag> list(String resourceId) {
    return tags.listTagsForResource(MGMT, resourceId, null).items();
  }

  private static Tag tag(String key, String value) {
    return new Tag(key, value);
  }

  private static List<Tag> tags(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(n -> tag("k" + n, "v" + n)).toList();
  }
}
