package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.Reason;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Child;
import dev.orgd.core.model.ChildType;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.Parent;
import dev.orgd.core.model.ParentType;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
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

/** The organization's structure: OUs, parents and children, MoveAccount (research §13.1, §13.2). */
class StructureServiceTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  static final AccountId ADMIN = account(3);
  static final AccountId STANDALONE = account(4);
  static final AccountId OTHER_MGMT = account(5);

  final World w = new World();
  final StructureService structure = w.orgd.structure();
  Organization org;
  String root;
  String otherRoot;

  /** An OU under the root, one under it, and one of another organization. */
  String prod;

  String nested;
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
    w.organization(OTHER_MGMT, FeatureSet.ALL);
    otherRoot =
        w.orgd.organizations().describeOrganization(OTHER_MGMT).organization().rootId().value();
    prod = create(root, "Prod");
    nested = create(prod, "Nested");
    foreignOu =
        structure
            .createOrganizationalUnit(OTHER_MGMT, otherRoot, "Prod", List.of())
            .organizationalUnit()
            .id()
            .value();
  }

  String create(String parent, String name) {
    return structure
        .createOrganizationalUnit(MGMT, parent, name, List.of())
        .organizationalUnit()
        .id()
        .value();
  }

  @Test
  void anOrganizationalUnitHasItsIdArnAndPathFromTheRoot() {
    OrganizationalUnitDetails details = structure.describeOrganizationalUnit(ADMIN, nested);
    String suffix = root.substring(2);
    assertThat(nested).matches("ou-" + suffix + "-[a-z0-9]{8}");
    assertThat(details.arn())
        .isEqualTo("arn:aws:organizations::" + MGMT + ":ou/" + org.id() + "/" + nested);
    assertThat(details.path()).isEqualTo(org.id() + "/" + root + "/" + prod + "/" + nested + "/");
    assertThat(details.organizationalUnit().name()).isEqualTo("Nested");
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused(
            "create: duplicate name in the parent",
            t -> t.create(t.root, "Prod"),
            ErrorCode.DUPLICATE_ORGANIZATIONAL_UNIT),
        refused("create: unknown parent", t -> t.create("r-zzzz", "X"), ErrorCode.PARENT_NOT_FOUND),
        refused(
            "create: an OU of another organization as parent",
            t -> t.create(t.foreignOu, "X"),
            ErrorCode.PARENT_NOT_FOUND),
        refused(
            "create: another organization's root",
            t -> t.create(t.otherRoot, "X"),
            ErrorCode.PARENT_NOT_FOUND),
        refused(
            "create: member",
            t -> t.structure.createOrganizationalUnit(MEMBER, t.root, "X", List.of()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "create: delegated administrator",
            t -> t.structure.createOrganizationalUnit(ADMIN, t.root, "X", List.of()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "create: standalone",
            t -> t.structure.createOrganizationalUnit(STANDALONE, t.root, "X", List.of()),
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE),
        refused(
            "create: 51 tags",
            t -> t.structure.createOrganizationalUnit(MGMT, t.root, "X", tags(51)),
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.MAX_TAG_LIMIT_EXCEEDED),
        refused(
            "create: a system tag",
            t ->
                t.structure.createOrganizationalUnit(
                    MGMT, t.root, "X", List.of(new Tag("aws:x", "v"))),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_SYSTEM_TAGS_PARAMETER),
        refused(
            "create: a duplicate tag key",
            t ->
                t.structure.createOrganizationalUnit(
                    MGMT, t.root, "X", List.of(new Tag("k", "1"), new Tag("k", "2"))),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.DUPLICATE_TAG_KEY),
        refused(
            "describe: member",
            t -> t.structure.describeOrganizationalUnit(MEMBER, t.prod),
            ErrorCode.ACCESS_DENIED),
        refused(
            "describe: standalone",
            t -> t.structure.describeOrganizationalUnit(STANDALONE, t.prod),
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE),
        refused(
            "describe: unknown",
            t -> t.structure.describeOrganizationalUnit(MGMT, "ou-abcd-zzzzzzzz"),
            ErrorCode.ORGANIZATIONAL_UNIT_NOT_FOUND),
        refused(
            "describe: another organization's",
            t -> t.structure.describeOrganizationalUnit(MGMT, t.foreignOu),
            ErrorCode.ORGANIZATIONAL_UNIT_NOT_FOUND),
        refused(
            "update: a sibling's name",
            t -> {
              t.create(t.root, "Dev");
              t.structure.updateOrganizationalUnit(MGMT, t.prod, "Dev");
            },
            ErrorCode.DUPLICATE_ORGANIZATIONAL_UNIT),
        refused(
            "update: delegated administrator",
            t -> t.structure.updateOrganizationalUnit(ADMIN, t.prod, "X"),
            ErrorCode.ACCESS_DENIED),
        refused(
            "update: unknown",
            t -> t.structure.updateOrganizationalUnit(MGMT, "ou-abcd-zzzzzzzz", "X"),
            ErrorCode.ORGANIZATIONAL_UNIT_NOT_FOUND),
        refused(
            "delete: an OU with a child OU",
            t -> t.structure.deleteOrganizationalUnit(MGMT, t.prod),
            ErrorCode.ORGANIZATIONAL_UNIT_NOT_EMPTY),
        refused(
            "delete: an OU with an account",
            t -> {
              t.structure.moveAccount(MGMT, MEMBER, t.root, t.nested);
              t.structure.deleteOrganizationalUnit(MGMT, t.nested);
            },
            ErrorCode.ORGANIZATIONAL_UNIT_NOT_EMPTY),
        refused(
            "delete: member",
            t -> t.structure.deleteOrganizationalUnit(MEMBER, t.nested),
            ErrorCode.ACCESS_DENIED),
        refused(
            "delete: unknown",
            t -> t.structure.deleteOrganizationalUnit(MGMT, "ou-abcd-zzzzzzzz"),
            ErrorCode.ORGANIZATIONAL_UNIT_NOT_FOUND),
        refused(
            "list OUs: unknown parent",
            t ->
                t.structure.listOrganizationalUnitsForParent(
                    MGMT, "ou-abcd-zzzzzzzz", PageRequest.first()),
            ErrorCode.PARENT_NOT_FOUND),
        refused(
            "list OUs: member",
            t -> t.structure.listOrganizationalUnitsForParent(MEMBER, t.root, PageRequest.first()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "list OUs: a token of another parent",
            t -> {
              t.create(t.root, "Dev");
              String token =
                  t.structure
                      .listOrganizationalUnitsForParent(MGMT, t.root, new PageRequest(1, null))
                      .nextToken();
              t.structure.listOrganizationalUnitsForParent(MGMT, t.prod, new PageRequest(1, token));
            },
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_NEXT_TOKEN),
        refused(
            "list children: unknown parent",
            t ->
                t.structure.listChildren(MGMT, t.otherRoot, ChildType.ACCOUNT, PageRequest.first()),
            ErrorCode.PARENT_NOT_FOUND),
        refused(
            "list children: standalone",
            t ->
                t.structure.listChildren(
                    STANDALONE, t.root, ChildType.ACCOUNT, PageRequest.first()),
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE),
        refused(
            "list accounts: unknown parent",
            t -> t.structure.listAccountsForParent(MGMT, t.foreignOu, PageRequest.first()),
            ErrorCode.PARENT_NOT_FOUND),
        refused(
            "list accounts: member",
            t -> t.structure.listAccountsForParent(MEMBER, t.root, PageRequest.first()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "list parents: a standalone account",
            t -> t.structure.listParents(MGMT, STANDALONE.value(), PageRequest.first()),
            ErrorCode.CHILD_NOT_FOUND),
        refused(
            "list parents: another organization's member",
            t -> t.structure.listParents(MGMT, OTHER_MGMT.value(), PageRequest.first()),
            ErrorCode.CHILD_NOT_FOUND),
        refused(
            "list parents: unknown OU",
            t -> t.structure.listParents(MGMT, "ou-abcd-zzzzzzzz", PageRequest.first()),
            ErrorCode.CHILD_NOT_FOUND),
        refused(
            "list parents: member",
            t -> t.structure.listParents(MEMBER, MEMBER.value(), PageRequest.first()),
            ErrorCode.ACCESS_DENIED),
        refused(
            "move: unknown source",
            t -> t.structure.moveAccount(MGMT, MEMBER, "ou-abcd-zzzzzzzz", t.prod),
            ErrorCode.SOURCE_PARENT_NOT_FOUND),
        refused(
            "move: unknown destination",
            t -> t.structure.moveAccount(MGMT, MEMBER, t.root, t.foreignOu),
            ErrorCode.DESTINATION_PARENT_NOT_FOUND),
        refused(
            "move: both unknown (source first)",
            t -> t.structure.moveAccount(MGMT, STANDALONE, t.otherRoot, t.foreignOu),
            ErrorCode.SOURCE_PARENT_NOT_FOUND),
        refused(
            "move: a standalone account",
            t -> t.structure.moveAccount(MGMT, STANDALONE, t.root, t.prod),
            ErrorCode.ACCOUNT_NOT_FOUND),
        refused(
            "move: another organization's account",
            t -> t.structure.moveAccount(MGMT, OTHER_MGMT, t.root, t.prod),
            ErrorCode.ACCOUNT_NOT_FOUND),
        refused(
            "move: not under the source",
            t -> t.structure.moveAccount(MGMT, MEMBER, t.prod, t.nested),
            ErrorCode.SOURCE_PARENT_NOT_FOUND),
        refused(
            "move: again from the root after moving",
            t -> {
              t.structure.moveAccount(MGMT, MEMBER, t.root, t.prod);
              t.structure.moveAccount(MGMT, MEMBER, t.root, t.prod);
            },
            ErrorCode.SOURCE_PARENT_NOT_FOUND),
        refused(
            "move: source is the destination",
            t -> t.structure.moveAccount(MGMT, MEMBER, t.root, t.root),
            ErrorCode.DUPLICATE_ACCOUNT),
        refused(
            "move: member",
            t -> t.structure.moveAccount(MEMBER, MEMBER, t.root, t.prod),
            ErrorCode.ACCESS_DENIED),
        refused(
            "move: delegated administrator",
            t -> t.structure.moveAccount(ADMIN, MEMBER, t.root, t.prod),
            ErrorCode.ACCESS_DENIED),
        refused(
            "move: standalone",
            t -> t.structure.moveAccount(STANDALONE, MEMBER, t.root, t.prod),
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE));
  }

  private static Arguments refused(
      String name, Consumer<StructureServiceTest> call, ErrorCode code) {
    return refused(name, call, code, null);
  }

  private static Arguments refused(
      String name, Consumer<StructureServiceTest> call, ErrorCode code, Reason reason) {
    return Arguments.of(name, call, code, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void eachRefusal(
      String name, Consumer<StructureServiceTest> call, ErrorCode code, Reason reason) {
    if (reason == null) {
      assertError(() -> call.accept(this), code);
    } else {
      assertError(() -> call.accept(this), code, reason);
    }
  }

  @Test
  void aRefusedCreationLeavesNoOrganizationalUnit() {
    assertError(
        () -> structure.createOrganizationalUnit(MGMT, root, "Tagged", tags(51)),
        ErrorCode.CONSTRAINT_VIOLATION);
    assertThat(names(root)).containsExactly("Prod");
  }

  @Test
  void theSameNameMayBeUsedUnderAnotherParentAndNamesAreCaseSensitive() {
    create(nested, "Prod");
    create(root, "prod");
    assertThat(names(nested)).containsExactly("Prod");
  }

  @Test
  void organizationalUnitsNestFiveLevelsBelowTheRoot() {
    String level3 = create(nested, "3");
    String level4 = create(level3, "4");
    String level5 = create(level4, "5");
    assertError(
        () -> create(level5, "6"),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.OU_DEPTH_LIMIT_EXCEEDED);
    assertThat(structure.describeOrganizationalUnit(MGMT, level5).path())
        .isEqualTo(
            String.join("/", org.id().value(), root, prod, nested, level3, level4, level5) + "/");
  }

  @Test
  void anOrganizationHasAtMost2000OrganizationalUnits() {
    // Two already exist.
    IntStream.range(0, StructureService.MAX_ORGANIZATIONAL_UNITS - 2)
        .forEach(n -> create(root, "ou" + n));
    assertError(
        () -> create(root, "one too many"),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.OU_NUMBER_LIMIT_EXCEEDED);
    // Another organization's count is its own.
    structure.createOrganizationalUnit(OTHER_MGMT, otherRoot, "fine", List.of());
  }

  @Test
  void updateRenamesAndLeavesTheOrganizationalUnitInPlace() {
    assertThat(
            structure
                .updateOrganizationalUnit(MGMT, prod, "Production")
                .organizationalUnit()
                .name())
        .isEqualTo("Production");
    assertThat(
            structure
                .updateOrganizationalUnit(MGMT, prod, "Production")
                .organizationalUnit()
                .name())
        .isEqualTo("Production");
    assertThat(structure.updateOrganizationalUnit(MGMT, prod, null).organizationalUnit().name())
        .isEqualTo("Production");
    assertThat(structure.describeOrganizationalUnit(MGMT, nested).path()).contains(prod);
  }

  @Test
  void anEmptyOrganizationalUnitIsDeleted() {
    structure.deleteOrganizationalUnit(MGMT, nested);
    assertError(
        () -> structure.describeOrganizationalUnit(MGMT, nested),
        ErrorCode.ORGANIZATIONAL_UNIT_NOT_FOUND);
    structure.deleteOrganizationalUnit(MGMT, prod);
    assertThat(names(root)).isEmpty();
  }

  @Test
  void accountsJoinUnderTheRootAndMoveBetweenParents() {
    assertThat(accountsIn(root)).containsExactly(MGMT, MEMBER, ADMIN);
    assertThat(parents(MEMBER.value())).containsExactly(new Parent(root, ParentType.ROOT));

    structure.moveAccount(MGMT, MEMBER, root, nested);
    structure.moveAccount(MGMT, MGMT, root, prod);

    assertThat(accountsIn(root)).containsExactly(ADMIN);
    assertThat(accountsIn(nested)).containsExactly(MEMBER);
    assertThat(parents(MEMBER.value()))
        .containsExactly(new Parent(nested, ParentType.ORGANIZATIONAL_UNIT));
    assertThat(structure.listParents(ADMIN, nested, PageRequest.first()).items())
        .containsExactly(new Parent(prod, ParentType.ORGANIZATIONAL_UNIT));
    assertThat(parents(prod)).containsExactly(new Parent(root, ParentType.ROOT));
    assertThat(w.orgd.organizations().describeAccount(ADMIN, MEMBER).path())
        .isEqualTo(org.id() + "/" + root + "/" + prod + "/" + nested + "/" + MEMBER + "/");
    assertThat(structure.listAccountsForParent(MGMT, nested, PageRequest.first()).items())
        .extracting(AccountDetails::path)
        .containsExactly(org.id() + "/" + root + "/" + prod + "/" + nested + "/" + MEMBER + "/");
    assertThat(structure.listChildren(MGMT, prod, ChildType.ACCOUNT, PageRequest.first()).items())
        .containsExactly(new Child(MGMT.value(), ChildType.ACCOUNT));
    assertThat(
            structure
                .listChildren(ADMIN, prod, ChildType.ORGANIZATIONAL_UNIT, PageRequest.first())
                .items())
        .containsExactly(new Child(nested, ChildType.ORGANIZATIONAL_UNIT));

    structure.moveAccount(MGMT, MEMBER, nested, root);
    assertThat(accountsIn(root)).containsExactly(MEMBER, ADMIN);
  }

  @Test
  void anAccountThatLeavesLeavesItsOrganizationalUnitAndRejoinsUnderTheRoot() {
    structure.moveAccount(MGMT, MEMBER, root, nested);
    w.orgd.organizations().removeAccount(MGMT, MEMBER);
    assertThat(accountsIn(nested)).isEmpty();
    structure.deleteOrganizationalUnit(MGMT, nested);

    w.join(MGMT, MEMBER);
    assertThat(parents(MEMBER.value())).containsExactly(new Parent(root, ParentType.ROOT));

    // A member of another organization moving over lands under that organization's root.
    structure.moveAccount(MGMT, MEMBER, root, prod);
    w.join(OTHER_MGMT, MEMBER);
    assertThat(accountsIn(prod)).isEmpty();
    assertThat(structure.listParents(OTHER_MGMT, MEMBER.value(), PageRequest.first()).items())
        .containsExactly(new Parent(otherRoot, ParentType.ROOT));
  }

  @Test
  void anOrganizationWithOrganizationalUnitsAndNoMembersIsDeletedWithThem() {
    w.orgd.organizations().removeAccount(MGMT, MEMBER);
    w.orgd.delegatedAdministrators().deregister(MGMT, ADMIN, "sso.amazonaws.com");
    w.orgd.organizations().removeAccount(MGMT, ADMIN);
    structure.moveAccount(MGMT, MGMT, root, nested);

    w.orgd.organizations().deleteOrganization(MGMT);

    int left = w.orgd.store().read(tx -> tx.organizationalUnits().count(org.id()));
    assertThat(left).isZero();
    w.organization(MGMT, FeatureSet.ALL);
    Organization fresh = w.orgd.organizations().describeOrganization(MGMT).organization();
    assertThat(
            structure
                .listOrganizationalUnitsForParent(MGMT, fresh.rootId().value(), PageRequest.first())
                .items())
        .isEmpty();
    assertThat(parents(MGMT.value()))
        .containsExactly(new Parent(fresh.rootId().value(), ParentType.ROOT));
  }

  @Test
  void listsPageByIdWithTokensBoundToTheParent() {
    List<String> created = new ArrayList<>(List.of(prod));
    for (int n = 0; n < 4; n++) {
      created.add(create(root, "ou" + n));
    }
    created.sort(null);
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      Page<OrganizationalUnitDetails> page =
          structure.listOrganizationalUnitsForParent(ADMIN, root, new PageRequest(2, token));
      page.items().forEach(d -> seen.add(d.organizationalUnit().id().value()));
      token = page.nextToken();
    } while (token != null);
    assertThat(seen).isEqualTo(created);
    assertThat(structure.listParents(MGMT, prod, new PageRequest(1, null)).nextToken()).isNull();
  }

  private List<String> names(String parent) {
    return structure
        .listOrganizationalUnitsForParent(MGMT, parent, PageRequest.first())
        .items()
        .stream()
        .map(d -> d.organizationalUnit().name())
        .toList();
  }

  private List<AccountId> accountsIn(String parent) {
    return structure.listAccountsForParent(MGMT, parent, PageRequest.first()).items().stream()
        .map(d -> d.account().id())
        .toList();
  }

  private List<Parent> parents(String child) {
    return structure.listParents(MGMT, child, PageRequest.first()).items();
  }

  private static List<Tag> tags(int count) {
    return IntStream.range(0, count).mapToObj(n -> new Tag("k" + n, "v")).toList();
  }
}
