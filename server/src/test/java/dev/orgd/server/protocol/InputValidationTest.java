package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.server.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constraint of the model is checked at the edge, before the domain sees the call. */
class InputValidationTest {
  private static final String H = "h-" + "0123456789abcdef".repeat(2);
  private static final String ACCOUNT_TARGET =
      "\"Target\": {\"Id\": \"222222222222\", \"Type\": \"ACCOUNT\"}";

  private final WireFixture wire = new WireFixture();

  static Stream<Arguments> violations() {
    return Stream.of(
        // required
        arguments("AcceptHandshake", "{}", "INPUT_REQUIRED", "HandshakeId"),
        arguments("AcceptHandshake", "{\"HandshakeId\": null}", "INPUT_REQUIRED", "HandshakeId"),
        arguments("InviteAccountToOrganization", "{\"Notes\": \"x\"}", "INPUT_REQUIRED", "Target"),
        arguments(
            "InviteAccountToOrganization",
            "{\"Target\": {\"Type\": \"ACCOUNT\"}}",
            "INPUT_REQUIRED",
            "Target.Id"),
        arguments(
            "InviteAccountToOrganization",
            "{"
                + ACCOUNT_TARGET
                + ", \"Tags\": [{\"Key\": \"a\", \"Value\": \"b\"}, {\"Key\": \"c\"}]}",
            "INPUT_REQUIRED",
            "Tags[1].Value"),
        arguments("CreateAccount", "{\"Email\": \"a@b.co\"}", "INPUT_REQUIRED", "AccountName"),
        // string lengths
        arguments(
            "InviteAccountToOrganization",
            "{\"Target\": {\"Id\": \"\", \"Type\": \"EMAIL\"}}",
            "MIN_LENGTH_EXCEEDED",
            "Target.Id"),
        arguments(
            "CreateAccount",
            "{\"Email\": \"a@b.co\", \"AccountName\": \"\"}",
            "MIN_LENGTH_EXCEEDED",
            "AccountName"),
        arguments(
            "CreateAccount",
            "{\"Email\": \"a@b.c\", \"AccountName\": \"n\"}",
            "MIN_LENGTH_EXCEEDED",
            "Email"),
        arguments(
            "InviteAccountToOrganization",
            "{" + ACCOUNT_TARGET + ", \"Notes\": \"" + "n".repeat(1025) + "\"}",
            "MAX_LENGTH_EXCEEDED",
            "Notes"),
        arguments(
            "DescribeHandshake",
            "{\"HandshakeId\": \"h-" + "a".repeat(33) + "\"}",
            "MAX_LENGTH_EXCEEDED",
            "HandshakeId"),
        arguments(
            "InviteAccountToOrganization",
            "{"
                + ACCOUNT_TARGET
                + ", \"Tags\": [{\"Key\": \""
                + "k".repeat(129)
                + "\", \"Value\": \"\"}]}",
            "MAX_LENGTH_EXCEEDED",
            "Tags[0].Key"),
        arguments(
            "RegisterDelegatedAdministrator",
            "{\"AccountId\": \"222222222222\", \"ServicePrincipal\": \"\"}",
            "MIN_LENGTH_EXCEEDED",
            "ServicePrincipal"),
        // numeric ranges
        arguments("ListAccounts", "{\"MaxResults\": 0}", "MIN_VALUE_EXCEEDED", "MaxResults"),
        arguments(
            "ListHandshakesForAccount", "{\"MaxResults\": -3}", "MIN_VALUE_EXCEEDED", "MaxResults"),
        arguments("ListAccounts", "{\"MaxResults\": 21}", "MAX_VALUE_EXCEEDED", "MaxResults"),
        // patterns
        arguments(
            "DescribeHandshake",
            "{\"HandshakeId\": \"h-ABCDEFGH\"}",
            "INVALID_PATTERN",
            "HandshakeId"),
        arguments(
            "DescribeHandshake", "{\"HandshakeId\": \"bad\"}", "INVALID_PATTERN", "HandshakeId"),
        arguments(
            "DescribeHandshake",
            "{\"HandshakeId\": \"h-12345678\\n\"}",
            "INVALID_PATTERN",
            "HandshakeId"),
        arguments("DescribeAccount", "{\"AccountId\": \"12345\"}", "INVALID_PATTERN", "AccountId"),
        arguments(
            "DescribeCreateAccountStatus",
            "{\"CreateAccountRequestId\": \"car-\"}",
            "INVALID_PATTERN",
            "CreateAccountRequestId"),
        arguments(
            "ListHandshakesForOrganization",
            "{\"Filter\": {\"ParentHandshakeId\": \"x-12345678\"}}",
            "INVALID_PATTERN",
            "Filter.ParentHandshakeId"),
        arguments(
            "InviteAccountToOrganization",
            "{" + ACCOUNT_TARGET + ", \"Tags\": [{\"Key\": \"semi;colon\", \"Value\": \"v\"}]}",
            "INVALID_PATTERN",
            "Tags[0].Key"),
        arguments(
            "CreateAccount",
            "{\"Email\": \"no-at-sign\", \"AccountName\": \"n\"}",
            "INVALID_PATTERN",
            "Email"),
        // a pattern matches the whole value, not a part of it
        arguments(
            "CreateAccount",
            "{\"Email\": \"a@b.co\", \"AccountName\": \"n\\u0000x\"}",
            "INVALID_PATTERN",
            "AccountName"),
        arguments(
            "CreateAccount",
            "{\"Email\": \"a@b.co and more\", \"AccountName\": \"n\"}",
            "INVALID_PATTERN",
            "Email"),
        arguments(
            "ListDelegatedAdministrators",
            "{\"ServicePrincipal\": \"odd principal!\"}",
            "INVALID_PATTERN",
            "ServicePrincipal"),
        // characters no backend can store, even where the pattern allows anything
        arguments(
            "CreateAccount",
            "{\"Email\": \"a\\u0000b@c.co\", \"AccountName\": \"n\"}",
            "INVALID_PATTERN",
            "Email"),
        arguments(
            "InviteAccountToOrganization",
            "{\"Target\": {\"Id\": \"a\\u0000b@c.co\", \"Type\": \"EMAIL\"}}",
            "INVALID_PATTERN",
            "Target.Id"),
        arguments(
            "InviteAccountToOrganization",
            "{" + ACCOUNT_TARGET + ", \"Notes\": \"hi\\u0000\"}",
            "INVALID_PATTERN",
            "Notes"),
        arguments(
            "InviteAccountToOrganization",
            "{" + ACCOUNT_TARGET + ", \"Notes\": \"half \\uD83D pair\"}",
            "INVALID_PATTERN",
            "Notes"),
        arguments("ListAccounts", "{\"NextToken\": \"\\uDE00\"}", "INVALID_PATTERN", "NextToken"),
        arguments(
            "CreateAccount",
            "{\"Email\": \"a@b.co\", \"AccountName\": \"n\", \"RoleName\": \""
                + "r".repeat(65)
                + "\"}",
            "MAX_LENGTH_EXCEEDED",
            "RoleName"),
        // enums
        arguments("CreateOrganization", "{\"FeatureSet\": \"SOME\"}", "INVALID_ENUM", "FeatureSet"),
        arguments(
            "InviteAccountToOrganization",
            "{\"Target\": {\"Id\": \"x\", \"Type\": \"account\"}}",
            "INVALID_ENUM",
            "Target.Type"),
        arguments(
            "ListHandshakesForAccount",
            "{\"Filter\": {\"ActionType\": \"BOGUS\"}}",
            "INVALID_ENUM",
            "Filter.ActionType"),
        arguments(
            "ListCreateAccountStatus",
            "{\"States\": [\"FAILED\", \"DONE\"]}",
            "INVALID_ENUM",
            "States[1]"),
        arguments(
            "CreateAccount",
            "{\"Email\": \"a@b.co\", \"AccountName\": \"n\", \"IamUserAccessToBilling\": \"YES\"}",
            "INVALID_ENUM",
            "IamUserAccessToBilling"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("violations")
  void violationIsInvalidInputNamingTheMember(
      String operation, String body, String reason, String member) {
    HttpResponse response = wire.call("111111111111", operation, body);

    assertThat(response.status()).isEqualTo(400);
    JsonNode error = WireFixture.json(response);
    assertThat(error.get("__type").asText()).isEqualTo("InvalidInputException");
    assertThat(error.get("Reason").asText()).isEqualTo(reason);
    assertThat(error.get("Message").asText()).endsWith(" Member: " + member + ".");
  }

  @Test
  void patternMessageUsesTheServiceSentence() {
    JsonNode error =
        WireFixture.json(
            wire.call("111111111111", "AcceptHandshake", "{\"HandshakeId\": \"h-X\"}"));

    assertThat(error.get("Message").asText())
        .isEqualTo(
            "You provided a value that does not match the required pattern. Member: HandshakeId.");
  }

  @Test
  void inputIsValidatedBeforeTheCallerRoleIsChecked() {
    // The caller is in no organization, which the domain would report; the bad input comes first.
    JsonNode error =
        WireFixture.json(wire.call("333333333333", "ListAccounts", "{\"MaxResults\": 100}"));

    assertThat(error.get("__type").asText()).isEqualTo("InvalidInputException");
  }

  @Test
  void unknownMembersAreIgnored() {
    JsonNode body =
        wire.ok("111111111111", "CreateOrganization", "{\"FeatureSet\": \"ALL\", \"Extra\": [1]}");

    assertThat(body.at("/Organization/FeatureSet").asText()).isEqualTo("ALL");
  }

  @Test
  void lengthsCountCharactersNotUtf16Units() {
    wire.ok("111111111111", "CreateOrganization", "{}");
    // 1024 emoji are 2048 UTF-16 units but 1024 characters: within the Notes limit.
    String notes = "\\uD83D\\uDE00".repeat(1024);

    HttpResponse response =
        wire.call(
            "111111111111",
            "InviteAccountToOrganization",
            "{" + ACCOUNT_TARGET + ", \"Notes\": \"" + notes + "\"}");

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void unanchoredPatternsAcceptAValueMadeOfTheirCharacters() {
    wire.ok("111111111111", "CreateOrganization", "{}");

    HttpResponse response =
        wire.call(
            "111111111111",
            "ListDelegatedAdministrators",
            "{\"ServicePrincipal\": \"config.amazonaws.com\"}");

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void filterWithBothMembersIsRejectedByTheDomainAfterTheEdgeChecks() {
    JsonNode error =
        WireFixture.json(
            wire.call(
                "111111111111",
                "ListHandshakesForAccount",
                "{\"Filter\": {\"ActionType\": \"INVITE\", \"ParentHandshakeId\": \""
                    + H
                    + "\"}}"));

    assertThat(error.get("Reason").asText()).isEqualTo("MAX_LIMIT_EXCEEDED_FILTER");
  }

  @Test
  void invalidTargetsAreReportedWithTheirOwnReasons() {
    wire.ok("111111111111", "CreateOrganization", "{}");

    assertThat(
            WireFixture.json(
                    wire.call(
                        "111111111111",
                        "InviteAccountToOrganization",
                        "{\"Target\": {\"Id\": \"o-abcdefghij\", \"Type\": \"ORGANIZATION\"}}"))
                .get("Reason")
                .asText())
        .isEqualTo("INVALID_PARTY_TYPE_TARGET");
    assertThat(
            WireFixture.json(
                    wire.call(
                        "111111111111",
                        "InviteAccountToOrganization",
                        "{\"Target\": {\"Id\": \"not-an-email\", \"Type\": \"EMAIL\"}}"))
                .get("Reason")
                .asText())
        .isEqualTo("INVALID_EMAIL_ADDRESS_TARGET");
  }
}
