package dev.orgd.core.policy;

import static dev.orgd.core.policy.PolicyType.AISERVICES_OPT_OUT_POLICY;
import static dev.orgd.core.policy.PolicyType.BACKUP_POLICY;
import static dev.orgd.core.policy.PolicyType.RESOURCE_CONTROL_POLICY;
import static dev.orgd.core.policy.PolicyType.SERVICE_CONTROL_POLICY;
import static dev.orgd.core.policy.PolicyType.TAG_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyDocumentsTest {

  static Stream<Arguments> validDocuments() {
    return Stream.of(
        arguments(SERVICE_CONTROL_POLICY, ManagedPolicy.FULL_AWS_ACCESS.content()),
        // botocore examples-1.json CreatePolicy: no Resource
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}}"),
        // full IAM language since Sep 2025: Allow with Condition, NotResource, inner wildcards
        arguments(
            SERVICE_CONTROL_POLICY,
            """
            {"Version":"2012-10-17","Statement":[{"Sid":"A1","Effect":"Allow",
             "Action":["s3:*Object","ec2:Describe?nstances"],
             "NotResource":"arn:aws:s3:::secret/*",
             "Condition":{"StringEquals":{"aws:RequestedRegion":["eu-west-1","us-east-1"]},
                          "ForAnyValue:StringLike":{"aws:TagKeys":"team-*"},
                          "BoolIfExists":{"aws:SecureTransport":true},
                          "NumericLessThan":{"s3:max-keys":10}}}]}
            """),
        arguments(
            SERVICE_CONTROL_POLICY,
            """
            {"Statement":[{"Effect":"Deny","NotAction":["iam:*","sts:AssumeRole"],
              "Resource":"*"},{"Sid":"Two","Effect":"Allow","Action":"*","Resource":"*"}]}
            """),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Id\":\"x\",\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"organizations:Leave"
                + "Organization\",\"Condition\":{\"Null\":{\"aws:RequestTag/owner\":\"true\"}}}}"),
        arguments(
            RESOURCE_CONTROL_POLICY,
            """
            {"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"s3:*",
             "Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-a1"}}}}
            """),
        // the RCP syntax page's own example: no Version, Action "*"
        arguments(
            RESOURCE_CONTROL_POLICY,
            "{ \"Statement\": { \"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"*\","
                + " \"Resource\": \"*\" } }"),
        arguments(
            RESOURCE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"sts:*\","
                + "\"NotResource\":\"arn:aws:iam::*:role/x\"}}"),
        arguments(TAG_POLICY, EffectivePoliciesTest.A),
        arguments(TAG_POLICY, EffectivePoliciesTest.E),
        arguments(TAG_POLICY, EffectivePoliciesTest.H),
        arguments(TAG_POLICY, "{}"),
        arguments(
            BACKUP_POLICY,
            """
            {"plans":{"PII_Backup_Plan":{"@@operators_allowed_for_child_policies":["@@all"],
             "regions":{"@@append":["us-east-1"]},"rules":{"Hourly":{"schedule_expression":
             {"@@assign":"cron(0 5/1 ? * * *)"},"lifecycle":{"delete_after_days":{"@@assign":"7"}}}}}}}
            """),
        arguments(
            AISERVICES_OPT_OUT_POLICY,
            "{\"services\":{\"default\":{\"opt_out_policy\":{\"@@assign\":\"optOut\"}}}}"));
  }

  @ParameterizedTest
  @MethodSource("validDocuments")
  void acceptsValidDocuments(PolicyType type, String content) {
    assertThatCode(() -> PolicyDocuments.validate(type, content)).doesNotThrowAnyException();
  }

  static Stream<Arguments> malformedDocuments() {
    String allow = "\"Effect\":\"Allow\",\"Action\":\"*\"";
    return Stream.of(
        // JSON
        arguments(SERVICE_CONTROL_POLICY, "not json", "not valid JSON"),
        arguments(SERVICE_CONTROL_POLICY, "{\"Statement\":{" + allow + "}}{}", "not valid JSON"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + "},\"Statement\":{" + allow + "}}",
            "duplicate key \"Statement\""),
        arguments(SERVICE_CONTROL_POLICY, "{\"Statement\":{" + allow + ",}}", "not valid JSON"),
        arguments(SERVICE_CONTROL_POLICY, "[{\"Statement\":{" + allow + "}}]", "one JSON object"),
        // SCP grammar
        arguments(SERVICE_CONTROL_POLICY, "{}", "Statement is required"),
        arguments(SERVICE_CONTROL_POLICY, "{\"Statement\":[]}", "must not be empty"),
        arguments(SERVICE_CONTROL_POLICY, "{\"Statement\":[\"x\"]}", "must be a JSON object"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"Principal\":\"*\"}}",
            "Principal is not supported in a service control policy"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"NotPrincipal\":{\"AWS\":\"*\"}}}",
            "NotPrincipal is not supported"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Maybe\",\"Action\":\"*\"}}",
            "Effect must be Allow or Deny"),
        arguments(
            SERVICE_CONTROL_POLICY, "{\"Statement\":{\"Action\":\"*\"}}", "Effect is required"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"NotAction\":\"s3:*\"}}",
            "exactly one of Action and NotAction"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Allow\",\"Resource\":\"*\"}}",
            "exactly one of Action and NotAction"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"Resource\":\"*\",\"NotResource\":\"*\"}}",
            "Resource or NotResource, not both"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Version\":\"2008-10-17\",\"Statement\":{" + allow + "}}",
            "Version must be"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"Foo\":1}}",
            "Unknown element Foo"),
        arguments(SERVICE_CONTROL_POLICY, "{\"Statemen\":{" + allow + "}}", "Unknown element"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3\"}}",
            "Invalid Action value: s3"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:Get:Object\"}}",
            "Invalid Action"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[]}}",
            "Action must not be empty"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":5}}",
            "Action must be a string"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"Resource\":\"my-bucket\"}}",
            "Invalid Resource value"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"Condition\":{\"StringEqualz\":{\"a:b\":\"c\"}}}}",
            "Unknown condition operator StringEqualz"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"Condition\":{\"NullIfExists\":{\"a:b\":\"true\"}}}}",
            "Unknown condition operator"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"Condition\":{\"StringEquals\":{\"a:b\":{}}}}}",
            "Condition values"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":{" + allow + ",\"Condition\":[]}}",
            "Condition must be a JSON object"),
        arguments(
            SERVICE_CONTROL_POLICY,
            "{\"Statement\":[{\"Sid\":\"S\"," + allow + "},{\"Sid\":\"S\"," + allow + "}]}",
            "must be unique"),
        // RCP grammar
        arguments(
            RESOURCE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\","
                + "\"Resource\":\"*\"}}",
            "Allow is only supported for the RCPFullAWSAccess policy"),
        arguments(
            RESOURCE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotAction\":\"s3:*\","
                + "\"Resource\":\"*\"}}",
            "NotAction is not supported in a resource control policy"),
        arguments(
            RESOURCE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}",
            "Principal is required"),
        arguments(
            RESOURCE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"111111111111\"},"
                + "\"Action\":\"s3:*\",\"Resource\":\"*\"}}",
            "Principal is required and must be"),
        arguments(
            RESOURCE_CONTROL_POLICY,
            "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\"}}",
            "Resource or NotResource is required"),
        // management policies
        arguments(
            TAG_POLICY,
            "{\"tags\":{\"cc\":{\"tag_key\":{\"@@append\":\"CostCenter\"}}}}",
            "only with multi-valued settings"),
        arguments(
            TAG_POLICY,
            "{\"tags\":{\"cc\":{\"tag_key\":{\"@@foo\":\"x\"}}}}",
            "Unknown operator @@foo"),
        arguments(
            TAG_POLICY,
            "{\"tags\":{\"cc\":{\"@@operators_allowed_for_child_policies\":[\"@@bad\"]}}}",
            "allows only"),
        arguments(
            TAG_POLICY,
            "{\"tags\":{\"@@operators_allowed_for_child_policies\":[\"@@none\",\"@@append\"]}}",
            "cannot be combined"),
        arguments(
            TAG_POLICY,
            "{\"tags\":{\"@@operators_allowed_for_child_policies\":\"@@none\"}}",
            "must be a non-empty array"),
        arguments(TAG_POLICY, "{\"@@assign\":{}}", "top level"),
        arguments(
            TAG_POLICY, "{\"tags\":{\"cc\":{\"tag_key\":\"CostCenter\"}}}", "tags.cc.tag_key"),
        arguments(TAG_POLICY, "{\"tags\":{\"cc\":{\"tag_key\":{\"@@assign\":null}}}}", "null"),
        arguments(TAG_POLICY, "[]", "one JSON object"),
        arguments(BACKUP_POLICY, "{\"plans\":{\"p\":{\"@@remove\":{}}}}", "multi-valued"));
  }

  @ParameterizedTest
  @MethodSource("malformedDocuments")
  void rejectsMalformedDocuments(PolicyType type, String content, String why) {
    assertThatThrownBy(() -> PolicyDocuments.validate(type, content))
        .isInstanceOfSatisfying(
            OrgdException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_POLICY_DOCUMENT);
              assertThat(e.reason()).isNull();
            })
        .hasMessageStartingWith(PolicyDocuments.MALFORMED)
        .hasMessageContaining(why);
  }

  @Test
  void emptyContentIsMalformed() {
    assertThatThrownBy(() -> PolicyDocuments.validate(TAG_POLICY, ""))
        .isInstanceOfSatisfying(
            OrgdException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_POLICY_DOCUMENT));
  }

  /** A valid document of the type padded with spaces to exactly {@code codePoints}. */
  static String documentOfSize(PolicyType type, int codePoints) {
    String body =
        type.isAuthorization()
            ? "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}}"
            : "{}";
    if (type == SERVICE_CONTROL_POLICY) {
      body = "{\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"s3:*\"}}";
    }
    return body + " ".repeat(codePoints - body.length());
  }

  @ParameterizedTest
  @EnumSource(PolicyType.class)
  void theLimitIsInclusiveAndWhitespaceCounts(PolicyType type) {
    int max = type.maxContentChars();
    assertThatCode(() -> PolicyDocuments.validate(type, documentOfSize(type, max)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PolicyDocuments.validate(type, documentOfSize(type, max + 1)))
        .isInstanceOfSatisfying(
            OrgdException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CONSTRAINT_VIOLATION);
              assertThat(e.reason())
                  .isEqualTo(ConstraintViolationReason.POLICY_CONTENT_LIMIT_EXCEEDED);
            })
        .hasMessage("You have exceeded the maximum policy size.");
  }

  @Test
  void sizeIsCountedInCodePointsNotUtf16UnitsOrBytes() {
    // 10,240 code points, of which 5,000 are outside the BMP (two UTF-16 units, four UTF-8 bytes)
    String prefix = "{\"Statement\":{\"Sid\":\"";
    String suffix = "\",\"Effect\":\"Deny\",\"Action\":\"s3:*\"}}";
    String emoji = "\uD83D\uDE00".repeat(5_000);
    int pad = 10_240 - prefix.length() - suffix.length() - 5_000;
    String content = prefix + emoji + suffix + " ".repeat(pad);
    assertThat(content.codePointCount(0, content.length())).isEqualTo(10_240);
    assertThat(content.length()).isGreaterThan(10_240);
    assertThatCode(() -> PolicyDocuments.validate(SERVICE_CONTROL_POLICY, content))
        .doesNotThrowAnyException();
  }

  @Test
  void sizeIsCheckedBeforeGrammar() {
    String tooLongAndMalformed = "x".repeat(2_501);
    assertThatThrownBy(
            () -> PolicyDocuments.validate(AISERVICES_OPT_OUT_POLICY, tooLongAndMalformed))
        .isInstanceOfSatisfying(
            OrgdException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONSTRAINT_VIOLATION));
  }
}
