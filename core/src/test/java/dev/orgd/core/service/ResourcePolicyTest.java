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
import dev.orgd.core.model.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Put, Describe and DeleteResourcePolicy (research 13.6). */
class ResourcePolicyTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  static final AccountId DA = account(3);
  static final AccountId STANDALONE = account(4);
  static final String CONTENT = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";

  final World w = new World();
  final ResourcePolicyService policies = w.orgd.resourcePolicies();

  private void organization() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    w.join(MGMT, DA);
    w.orgd.serviceAccess().enable(MGMT, "sso.amazonaws.com");
    w.orgd.delegatedAdministrators().register(MGMT, DA, "sso.amazonaws.com");
  }

  /** A valid statement, with {@code changes} put over it (a null value removes the element). */
  static Map<String, Object> statement(Object... changes) {
    Map<String, Object> s = new java.util.LinkedHashMap<>();
    s.put("Sid", "Delegate");
    s.put("Effect", "Allow");
    s.put("Principal", Map.of("AWS", "arn:aws:iam::123456789012:root"));
    s.put("Action", List.of("organizations:Describe*", "organizations:List*"));
    s.put("Resource", "*");
    for (int i = 0; i < changes.length; i += 2) {
      if (changes[i + 1] == null) {
        s.remove((String) changes[i]);
      } else {
        s.put((String) changes[i], changes[i + 1]);
      }
    }
    return s;
  }

  static Map<String, Object> policy(Object statements) {
    return Map.of("Version", "2012-10-17", "Statement", statements);
  }

  static Stream<Arguments> invalidDocuments() {
    InvalidInputReason json = InvalidInputReason.INVALID_RESOURCE_POLICY_JSON;
    InvalidInputReason action = InvalidInputReason.UNSUPPORTED_ACTION_IN_RESOURCE_POLICY;
    InvalidInputReason resource = InvalidInputReason.UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY;
    InvalidInputReason principal = InvalidInputReason.INVALID_PRINCIPAL;
    return Stream.of(
        Arguments.of("an array", List.of(), json),
        Arguments.of("a string", "policy", json),
        Arguments.of("no Statement", Map.of("Version", "2012-10-17"), json),
        Arguments.of("an empty Statement", policy(List.of()), json),
        Arguments.of("a Statement that is a string", policy(List.of("x")), json),
        Arguments.of("no Effect", policy(statement("Effect", null)), json),
        Arguments.of("Effect Maybe", policy(List.of(statement("Effect", "Maybe"))), json),
        Arguments.of("no Action", policy(statement("Action", null)), json),
        Arguments.of("no Resource", policy(statement("Resource", null)), json),
        Arguments.of("NotAction", policy(statement("NotAction", "organizations:*")), action),
        Arguments.of(
            "an action of another service", policy(statement("Action", "s3:GetObject")), action),
        Arguments.of("NotResource", policy(statement("NotResource", "*")), resource),
        Arguments.of(
            "a resource of another service",
            policy(statement("Resource", "arn:aws:s3:::bucket")),
            resource),
        Arguments.of("Principal foo", policy(statement("Principal", "foo")), principal),
        Arguments.of("no Principal", policy(statement("Principal", null)), principal),
        Arguments.of(
            "a service principal",
            policy(statement("Principal", Map.of("Service", "sso.amazonaws.com"))),
            principal),
        Arguments.of(
            "an account id that is not 12 digits",
            policy(statement("Principal", Map.of("AWS", List.of("12345")))),
            principal),
        Arguments.of("NotPrincipal", policy(statement("NotPrincipal", "*")), principal));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalidContentIsRefusedWithTheModelsReason(String name, Object document, Reason reason) {
    organization();
    assertError(
        () -> policies.put(MGMT, "{}", document, List.of()), ErrorCode.INVALID_INPUT, reason);
    assertError(() -> policies.describe(MGMT), ErrorCode.RESOURCE_POLICY_NOT_FOUND);
  }

  @Test
  void validDocumentsAreAccepted() {
    organization();
    policies.put(MGMT, CONTENT, policy(statement()), List.of());
    policies.put(
        MGMT,
        CONTENT,
        policy(
            List.of(
                statement(),
                statement(
                    "Effect",
                    "Deny",
                    "Principal",
                    "*",
                    "Resource",
                    "arn:aws:organizations::111111111111:account/o-x/*",
                    "Condition",
                    Map.of("StringEquals", Map.of("aws:PrincipalOrgID", "o-x"))))),
        List.of());
    policies.put(
        MGMT,
        CONTENT,
        policy(
            statement(
                "Principal",
                Map.of("AWS", List.of("123456789012", "arn:aws-cn:iam::123456789012:role/Admin")))),
        List.of());
  }

  @Test
  void putCreatesThenReplacesKeepingItsIdAndTags() {
    organization();
    ResourcePolicyDetails created =
        policies.put(MGMT, CONTENT, policy(statement()), List.of(new Tag("team", "blue")));

    String id = created.policy().id();
    assertThat(id).matches("rp-[a-z0-9]{8}");
    assertThat(created.arn())
        .isEqualTo(
            "arn:aws:organizations::"
                + MGMT
                + ":resourcepolicy/"
                + created.organization().id()
                + "/"
                + id);
    assertThat(w.orgd.tags().listTagsForResource(MGMT, id, null).items())
        .containsExactly(new Tag("team", "blue"));

    ResourcePolicyDetails updated = policies.put(MGMT, "{ }", policy(statement()), List.of());
    assertThat(updated.policy().id()).isEqualTo(id);
    assertThat(policies.describe(DA).policy().content()).isEqualTo("{ }");
    assertError(
        () -> policies.put(MGMT, CONTENT, policy(statement()), List.of(new Tag("k", "v"))),
        ErrorCode.INVALID_INPUT);
    w.orgd.tags().tagResource(MGMT, id, List.of(new Tag("k", "v")));
    assertThat(w.orgd.tags().listTagsForResource(MGMT, id, null).items()).hasSize(2);
  }

  @Test
  void deleteRemovesThePolicyAndItsTagsAndANewOneGetsANewId() {
    organization();
    String id =
        policies.put(MGMT, CONTENT, policy(statement()), List.of(new Tag("k", "v"))).policy().id();

    policies.delete(MGMT);

    assertError(() -> policies.describe(MGMT), ErrorCode.RESOURCE_POLICY_NOT_FOUND);
    assertError(() -> policies.delete(MGMT), ErrorCode.RESOURCE_POLICY_NOT_FOUND);
    assertError(
        () -> w.orgd.tags().listTagsForResource(MGMT, id, null), ErrorCode.TARGET_NOT_FOUND);
    String again = policies.put(MGMT, CONTENT, policy(statement()), List.of()).policy().id();
    assertThat(again).isNotEqualTo(id);
    assertThat(w.orgd.tags().listTagsForResource(MGMT, again, null).items()).isEmpty();
  }

  static Stream<Arguments> refusedCallers() {
    return Stream.of(
        Arguments.of("Put by a member", MEMBER, "put", ErrorCode.ACCESS_DENIED),
        Arguments.of("Put by a delegated administrator", DA, "put", ErrorCode.ACCESS_DENIED),
        Arguments.of(
            "Put outside an organization",
            STANDALONE,
            "put",
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE),
        Arguments.of("Describe by a member", MEMBER, "describe", ErrorCode.ACCESS_DENIED),
        Arguments.of(
            "Describe outside an organization",
            STANDALONE,
            "describe",
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE),
        Arguments.of("Delete by a member", MEMBER, "delete", ErrorCode.ACCESS_DENIED),
        Arguments.of("Delete by a delegated administrator", DA, "delete", ErrorCode.ACCESS_DENIED),
        Arguments.of(
            "Delete outside an organization",
            STANDALONE,
            "delete",
            ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCallers")
  void onlyTheManagementAccountWritesAndDelegatedAdministratorsRead(
      String name, AccountId caller, String call, ErrorCode code) {
    organization();
    policies.put(MGMT, CONTENT, policy(statement()), List.of());
    switch (call) {
      case "put" ->
          assertError(() -> policies.put(caller, CONTENT, policy(statement()), List.of()), code);
      case "describe" -> assertError(() -> policies.describe(caller), code);
      default -> assertError(() -> policies.delete(caller), code);
    }
  }

  @Test
  void aConsolidatedBillingOrganizationHasNoResourcePolicy() {
    w.organization(MGMT, FeatureSet.CONSOLIDATED_BILLING);
    assertError(
        () -> policies.put(MGMT, CONTENT, policy(statement()), List.of()),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.ORGANIZATION_NOT_IN_ALL_FEATURES_MODE);
    assertError(() -> policies.describe(MGMT), ErrorCode.RESOURCE_POLICY_NOT_FOUND);
  }

  @Test
  void deletingTheOrganizationDeletesItsPolicy() {
    w.organization(MGMT, FeatureSet.ALL);
    policies.put(MGMT, CONTENT, policy(statement()), List.of(new Tag("k", "v")));
    w.orgd.organizations().deleteOrganization(MGMT);
    w.organization(MGMT, FeatureSet.ALL);
    assertError(() -> policies.describe(MGMT), ErrorCode.RESOURCE_POLICY_NOT_FOUND);
  }
}
