package dev.orgd.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Research policies.md §8 and test cases 49–52: SCPs on a path root → OU → account, evaluated for
 * requests by member account 222222222222 of organization o-aaaaaaaaaa.
 */
class ScpEvaluatorTest {
  static final String FULL = ManagedPolicy.FULL_AWS_ACCESS.content();
  static final String ACCOUNT_ARN =
      "arn:aws:organizations::111111111111:account/o-aaaaaaaaaa/222222222222";

  static final String ALLOWED = "allowed";
  static final String EXPLICIT = "with an explicit deny in a service control policy";

  static String noAllow(String action) {
    return "because no service control policy allows the " + action + " action";
  }

  static String deny(String body) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\"," + body + "}}";
  }

  static String allow(String body) {
    return "{\"Statement\":[{\"Effect\":\"Allow\"," + body + "}]}";
  }

  /** FULL at root and account; {@code ou} at the OU. */
  static List<List<String>> onOu(String... ou) {
    return List.of(List.of(FULL), List.of(ou), List.of(FULL));
  }

  static RequestContext request(String operation, String resource, Map<String, List<String>> keys) {
    return new RequestContext("organizations:" + operation, resource, keys);
  }

  static Map<String, List<String>> member(String... more) {
    var keys = new java.util.HashMap<String, List<String>>();
    keys.put("aws:PrincipalAccount", List.of("222222222222"));
    keys.put("aws:PrincipalOrgID", List.of("o-aaaaaaaaaa"));
    keys.put("aws:PrincipalArn", List.of("arn:aws:iam::222222222222:root"));
    keys.put("aws:RequestedRegion", List.of("us-east-1"));
    for (int i = 0; i < more.length; i += 2) {
      keys.put(more[i], more[i + 1].isEmpty() ? List.of() : List.of(more[i + 1].split(",")));
    }
    return keys;
  }

  static Stream<Arguments> cases() {
    String leaveDeny = deny("\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"");
    String regionDeny =
        deny(
            "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":"
                + "{\"aws:RequestedRegion\":\"us-east-1\"}}");
    String ownerTag =
        deny(
            "\"Action\":\"organizations:TagResource\",\"Condition\":{\"Null\":"
                + "{\"aws:RequestTag/owner\":\"true\"}}");
    return Stream.of(
        arguments(
            "FullAWSAccess everywhere",
            onOu(FULL),
            request("DescribeOrganization", "*", member()),
            ALLOWED),
        arguments(
            "49: Deny LeaveOrganization on the OU",
            onOu(FULL, leaveDeny),
            request("LeaveOrganization", "*", member()),
            EXPLICIT),
        arguments(
            "49: other actions pass",
            onOu(FULL, leaveDeny),
            request("DescribeOrganization", "*", member()),
            ALLOWED),
        arguments(
            "50: the OU allows only s3:*",
            onOu(allow("\"Action\":\"s3:*\"")),
            request("DescribeOrganization", "*", member()),
            noAllow("organizations:DescribeOrganization")),
        arguments(
            "every level must allow: the account lacks it",
            List.of(List.of(FULL), List.of(FULL), List.of(allow("\"Action\":\"s3:*\""))),
            request("ListRoots", "*", member()),
            noAllow("organizations:ListRoots")),
        arguments(
            "a level with no SCP allows nothing",
            onOu(),
            request("ListRoots", "*", member()),
            noAllow("organizations:ListRoots")),
        arguments(
            "51: region eu-west-1 denied",
            onOu(FULL, regionDeny),
            request("ListRoots", "*", member("aws:RequestedRegion", "eu-west-1")),
            EXPLICIT),
        arguments(
            "51: region us-east-1 passes",
            onOu(FULL, regionDeny),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "51: a missing key makes a negated operator true",
            onOu(FULL, regionDeny),
            request("ListRoots", "*", Map.of()),
            EXPLICIT),
        arguments(
            "52: TagResource without the owner tag",
            onOu(FULL, ownerTag),
            request("TagResource", ACCOUNT_ARN, member()),
            EXPLICIT),
        arguments(
            "52: TagResource with the owner tag",
            onOu(FULL, ownerTag),
            request("TagResource", ACCOUNT_ARN, member("aws:RequestTag/owner", "me")),
            ALLOWED),
        arguments(
            "Null false: denied only when present",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"Null\":{\"aws:RequestTag/x\":"
                        + "\"false\"}}")),
            request("TagResource", "*", member("aws:RequestTag/x", "1")),
            EXPLICIT),
        arguments(
            "prefix wildcard",
            onOu(FULL, deny("\"Action\":\"organizations:Describe*\"")),
            request("DescribeOrganization", "*", member()),
            EXPLICIT),
        arguments(
            "leading wildcard (full IAM language)",
            onOu(FULL, deny("\"Action\":\"organizations:*Organization\"")),
            request("LeaveOrganization", "*", member()),
            EXPLICIT),
        arguments(
            "? matches one character",
            onOu(FULL, deny("\"Action\":\"organizations:List?oots\"")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "? does not match two",
            onOu(FULL, deny("\"Action\":\"organizations:Lis?oots\"")),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "actions compare ignoring case",
            onOu(FULL, deny("\"Action\":\"Organizations:leaveorganization\"")),
            request("LeaveOrganization", "*", member()),
            EXPLICIT),
        arguments(
            "NotAction allow leaves the named action unallowed",
            List.of(
                List.of(FULL),
                List.of(allow("\"NotAction\":\"organizations:Leave*\"")),
                List.of(FULL)),
            request("LeaveOrganization", "*", member()),
            noAllow("organizations:LeaveOrganization")),
        arguments(
            "NotAction allow passes the others",
            List.of(
                List.of(FULL),
                List.of(allow("\"NotAction\":\"organizations:Leave*\"")),
                List.of(FULL)),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "NotAction deny denies the others",
            onOu(FULL, deny("\"NotAction\":[\"organizations:Describe*\",\"organizations:List*\"]")),
            request("LeaveOrganization", "*", member()),
            EXPLICIT),
        arguments(
            "Resource ARN with wildcards matches the named account",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Resource\":"
                        + "\"arn:aws:organizations::*:account/o-*/2222????????\"")),
            request("DescribeAccount", ACCOUNT_ARN, member()),
            EXPLICIT),
        arguments(
            "a specific Resource does not match a call that names none",
            onOu(
                FULL, deny("\"Action\":\"*\",\"Resource\":\"arn:aws:organizations::*:account/*\"")),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "NotResource excludes the named resource",
            onOu(FULL, deny("\"Action\":\"*\",\"NotResource\":\"" + ACCOUNT_ARN + "\"")),
            request("DescribeAccount", ACCOUNT_ARN, member()),
            ALLOWED),
        arguments(
            "NotResource denies the rest",
            onOu(FULL, deny("\"Action\":\"*\",\"NotResource\":\"" + ACCOUNT_ARN + "\"")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "Allow scoped to a resource",
            onOu(allow("\"Action\":\"*\",\"Resource\":\"arn:aws:organizations::*:account/*\"")),
            request("DescribeAccount", ACCOUNT_ARN, member()),
            ALLOWED),
        arguments(
            "StringEquals aws:PrincipalAccount",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"StringEquals\":"
                        + "{\"aws:PrincipalAccount\":[\"333333333333\",\"222222222222\"]}}")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "condition key names compare ignoring case",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"StringEquals\":"
                        + "{\"AWS:principalorgid\":\"o-aaaaaaaaaa\"}}")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "StringEquals is case-sensitive",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"StringEquals\":"
                        + "{\"aws:PrincipalOrgID\":\"O-AAAAAAAAAA\"}}")),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "StringEqualsIgnoreCase",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"StringEqualsIgnoreCase\":"
                        + "{\"aws:PrincipalOrgID\":\"O-AAAAAAAAAA\"}}")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "StringNotLike with a wildcard",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"StringNotLike\":"
                        + "{\"aws:RequestedRegion\":\"us-*\"}}")),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "ArnLike on aws:PrincipalArn",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ArnLike\":"
                        + "{\"aws:PrincipalArn\":\"arn:aws:iam::*:root\"}}")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "ArnLike compares the six ARN parts one by one",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ArnLike\":"
                        + "{\"aws:PrincipalArn\":\"arn:aws:iam::*\"}}")),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "ArnLike with a wildcard in each part",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ArnLike\":"
                        + "{\"aws:PrincipalArn\":\"arn:aws:iam::*:r??t\"}}")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "ArnNotEquals",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ArnNotEquals\":"
                        + "{\"aws:PrincipalArn\":\"arn:aws:iam::111111111111:root\"}}")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "Bool with a JSON boolean",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"Bool\":"
                        + "{\"aws:SecureTransport\":false}}")),
            request("ListRoots", "*", member("aws:SecureTransport", "false")),
            EXPLICIT),
        arguments(
            "Bool on a missing key is false",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"Bool\":"
                        + "{\"aws:SecureTransport\":\"false\"}}")),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "IfExists on a missing key is true",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"StringEqualsIfExists\":"
                        + "{\"aws:ResourceTag/env\":\"prod\"}}")),
            request("ListRoots", "*", member()),
            EXPLICIT),
        arguments(
            "IfExists on a present key compares",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"StringEqualsIfExists\":"
                        + "{\"aws:ResourceTag/env\":\"prod\"}}")),
            request("ListRoots", "*", member("aws:ResourceTag/env", "dev")),
            ALLOWED),
        arguments(
            "aws:ResourceTag",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"organizations:MoveAccount\",\"Condition\":"
                        + "{\"StringEquals\":{\"aws:ResourceTag/env\":\"prod\"}}")),
            request("MoveAccount", ACCOUNT_ARN, member("aws:ResourceTag/env", "prod")),
            EXPLICIT),
        arguments(
            "ForAnyValue: one tag key matches",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ForAnyValue:StringLike\":"
                        + "{\"aws:TagKeys\":\"secret*\"}}")),
            request("TagResource", "*", member("aws:TagKeys", "a,secretX")),
            EXPLICIT),
        arguments(
            "ForAnyValue on a missing key is false",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ForAnyValue:StringLike\":"
                        + "{\"aws:TagKeys\":\"*\"}}")),
            request("TagResource", "*", member()),
            ALLOWED),
        arguments(
            "ForAllValues: a tag key outside the list",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ForAllValues:StringNotEquals\":"
                        + "{\"aws:TagKeys\":[\"owner\",\"env\"]}}")),
            request("TagResource", "*", member("aws:TagKeys", "x,y")),
            EXPLICIT),
        arguments(
            "ForAllValues: one key inside the list",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ForAllValues:StringNotEquals\":"
                        + "{\"aws:TagKeys\":[\"owner\",\"env\"]}}")),
            request("TagResource", "*", member("aws:TagKeys", "x,owner")),
            ALLOWED),
        arguments(
            "ForAllValues on a missing key is true",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"ForAllValues:StringEquals\":"
                        + "{\"aws:TagKeys\":\"owner\"}}")),
            request("TagResource", "*", member()),
            EXPLICIT),
        arguments(
            "all conditions of a statement must hold",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"StringEquals\":"
                        + "{\"aws:PrincipalAccount\":\"222222222222\",\"aws:RequestedRegion\":\"eu-west-1\"}}")),
            request("ListRoots", "*", member()),
            ALLOWED),
        arguments(
            "operators not evaluated never match (D33)",
            onOu(
                FULL,
                deny(
                    "\"Action\":\"*\",\"Condition\":{\"NumericLessThan\":"
                        + "{\"aws:MultiFactorAuthAge\":\"3600\"}}")),
            request("ListRoots", "*", member("aws:MultiFactorAuthAge", "1")),
            ALLOWED),
        arguments(
            "explicit deny at the root beats allows everywhere",
            List.of(List.of(FULL, leaveDeny), List.of(FULL), List.of(FULL)),
            request("LeaveOrganization", "*", member()),
            EXPLICIT),
        arguments(
            "a deny on the account itself",
            List.of(List.of(FULL), List.of(FULL), List.of(FULL, leaveDeny)),
            request("LeaveOrganization", "*", member()),
            EXPLICIT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluates(String name, List<List<String>> levels, RequestContext ctx, String expected) {
    Decision d = ScpEvaluator.evaluate(levels, ctx);
    if (expected.equals(ALLOWED)) {
      assertThat(d).isEqualTo(Decision.ALLOWED);
    } else {
      assertThat(d.allowed()).isFalse();
      assertThat(d.deniedBy()).isEqualTo(expected);
    }
  }

  @Test
  void depthFiveEvaluatesTheSameCompiled() {
    List<List<CompiledPolicy>> levels =
        List.of(
            List.of(CompiledPolicy.of(FULL)),
            List.of(CompiledPolicy.of(FULL)),
            List.of(CompiledPolicy.of(FULL)),
            List.of(CompiledPolicy.of(FULL)),
            List.of(CompiledPolicy.of(FULL)),
            List.of(CompiledPolicy.of(FULL)),
            List.of(CompiledPolicy.of(FULL), CompiledPolicy.of(deny("\"Action\":\"s3:*\""))));
    assertThat(
            ScpEvaluator.evaluateCompiled(levels, request("DescribeOrganization", "*", member())))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void compilationIsCachedByContent() {
    String content = deny("\"Action\":\"organizations:CloseAccount\"");
    assertThat(CompiledPolicy.of(content)).isSameAs(CompiledPolicy.of(new String(content)));
  }

  @Test
  void rcpsDenyInTheirOwnWords() {
    String rcp =
        "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
            + "\"Resource\":\"*\"}}";
    CompiledPolicy full = CompiledPolicy.of(ManagedPolicy.RCP_FULL_AWS_ACCESS.content());
    List<List<CompiledPolicy>> levels = List.of(List.of(full, CompiledPolicy.of(rcp)));
    RequestContext get = new RequestContext("s3:GetObject", "arn:aws:s3:::b/k", Map.of());
    assertThat(ScpEvaluator.evaluateCompiled(PolicyType.RESOURCE_CONTROL_POLICY, levels, get))
        .isEqualTo(new Decision(false, "with an explicit deny in a resource control policy"));
    RequestContext sqs = new RequestContext("sqs:SendMessage", "*", Map.of());
    assertThat(ScpEvaluator.evaluateCompiled(PolicyType.RESOURCE_CONTROL_POLICY, levels, sqs))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void theDenialMessageHasIamsShape() {
    RequestContext leave = request("LeaveOrganization", "*", member());
    Decision d = ScpEvaluator.evaluate(onOu(FULL, deny("\"Action\":\"*\"")), leave);
    assertThat(d.message("arn:aws:iam::222222222222:root", leave))
        .isEqualTo(
            "User: arn:aws:iam::222222222222:root is not authorized to perform:"
                + " organizations:LeaveOrganization with an explicit deny in a service control"
                + " policy");
    RequestContext describe = request("DescribeAccount", ACCOUNT_ARN, member());
    Decision none = ScpEvaluator.evaluate(onOu(allow("\"Action\":\"s3:*\"")), describe);
    assertThat(none.message("arn:aws:iam::222222222222:root", describe))
        .isEqualTo(
            "User: arn:aws:iam::222222222222:root is not authorized to perform:"
                + " organizations:DescribeAccount on resource: "
                + ACCOUNT_ARN
                + " because no service control policy allows the organizations:DescribeAccount"
                + " action");
  }

  @Test
  void everyTestedDocumentIsAValidScp() {
    cases()
        .flatMap(a -> ((List<?>) a.get()[1]).stream())
        .flatMap(level -> ((List<?>) level).stream())
        .forEach(c -> PolicyDocuments.validate(PolicyType.SERVICE_CONTROL_POLICY, (String) c));
  }
}
