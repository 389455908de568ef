package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.HandshakeConstraintReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.server.auth.CallerResolver;
import dev.orgd.server.http.HttpResponse;
import dev.orgd.server.protocol.wire.NoInput;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorShapesTest {
  private final WireFixture wire = new WireFixture();

  @Test
  void unknownOperationIsA400WithTypeHeaderAndRequestId() {
    HttpResponse response = wire.call("111111111111", "NoSuchOperation", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.bodyText())
        .isEqualTo(
            "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown operation"
                + " AWSOrganizationsV20161128.NoSuchOperation\"}");
    assertThat(response.headers())
        .containsEntry("x-amzn-ErrorType", "UnknownOperationException")
        .containsEntry("Content-Type", "application/x-amz-json-1.1");
    assertThat(response.headers().get("x-amzn-RequestId"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void targetOfAnotherServiceIsAnUnknownOperation() {
    HttpResponse response =
        wire.dispatcher.handle(WireFixture.request("111111111111", "AmazonSQS.ListQueues", "{}"));

    assertThat(WireFixture.json(response).get("__type").asText())
        .isEqualTo("UnknownOperationException");
  }

  @Test
  void unknownOperationIsReportedBeforeABadBody() {
    HttpResponse response = wire.call("111111111111", "Nope", "{not json");

    assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "UnknownOperationException");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{bad json | The request body is not valid JSON",
        "[] | The request body must be a JSON object.",
        "\"text\" | The request body must be a JSON object.",
        "{} {} | The request body is not valid JSON",
        "{\"MaxResults\": \"5\"} | Expected an integer for MaxResults but found a string.",
        "{\"MaxResults\": 5.5} | Expected an integer for MaxResults but found a fraction.",
        "{\"MaxResults\": 99999999999} | The integer given for MaxResults is out of range.",
        "{\"NextToken\": 12} | Expected a string for NextToken but found a number.",
        "{\"Filter\": []} | Expected an object for Filter but found an array.",
        "{\"Filter\": {\"ActionType\": true}} | Expected a string for Filter.ActionType but found"
            + " a boolean.",
      })
  void malformedBodiesAreSerializationExceptions(String body, String message) {
    HttpResponse response = wire.call("111111111111", "ListHandshakesForAccount", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "SerializationException");
    assertThat(WireFixture.json(response).get("Message").asText()).startsWith(message);
    assertThat(WireFixture.json(response).has("Reason")).isFalse();
  }

  @Test
  void wrongTypesInListsAndNestedStructuresAreSerializationExceptions() {
    assertThat(
            wire.call(
                    "111111111111",
                    "InviteAccountToOrganization",
                    "{\"Target\": {\"Id\": \"222222222222\", \"Type\": \"ACCOUNT\"}, \"Tags\":"
                        + " {\"Key\": \"k\"}}")
                .bodyText())
        .contains("SerializationException", "Expected an array for Tags but found an object.");
    assertThat(
            wire.call("111111111111", "ListCreateAccountStatus", "{\"States\": [\"FAILED\", null]}")
                .bodyText())
        .contains("Expected a string for States[1] but found null.");
  }

  @Test
  void domainErrorWithoutReasonHasNoReasonMember() {
    HttpResponse response = wire.call("111111111111", "DescribeOrganization", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.bodyText())
        .isEqualTo(
            "{\"__type\":\"AWSOrganizationsNotInUseException\",\"Message\":\"Your account is not a"
                + " member of an organization.\"}");
    assertThat(response.headers())
        .containsEntry("x-amzn-ErrorType", "AWSOrganizationsNotInUseException");
  }

  @Test
  void domainErrorWithReasonCarriesIt() {
    wire.ok("111111111111", "CreateOrganization", "{}");

    HttpResponse response = wire.call("111111111111", "EnableAllFeatures", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.bodyText())
        .isEqualTo(
            "{\"__type\":\"HandshakeConstraintViolationException\",\"Message\":\"This organization"
                + " already has all features enabled.\",\"Reason\":\"ORGANIZATION_ALREADY_HAS_ALL_FEATURES\"}");
  }

  @Test
  void accessDeniedForAMember() {
    wire.ok("111111111111", "CreateOrganization", "{}");
    String handshake =
        wire.ok(
                "111111111111",
                "InviteAccountToOrganization",
                "{\"Target\": {\"Id\": \"222222222222\", \"Type\": \"ACCOUNT\"}}")
            .at("/Handshake/Id")
            .asText();
    wire.ok("222222222222", "AcceptHandshake", "{\"HandshakeId\": \"" + handshake + "\"}");

    HttpResponse response = wire.call("222222222222", "ListAccounts", "{}");

    assertThat(response.bodyText())
        .isEqualTo(
            "{\"__type\":\"AccessDeniedException\",\"Message\":\"You don't have permissions to"
                + " access this resource.\"}");
  }

  @Test
  void unexpectedFailureIsAServiceException500WithoutDetails() {
    Operation<NoInput, Void> broken =
        new Operation<>() {
          @Override
          public Class<NoInput> inputType() {
            return NoInput.class;
          }

          @Override
          public Void invoke(NoInput input, CallContext context) {
            throw new IllegalStateException("secret internal detail");
          }
        };
    AwsJsonDispatcher dispatcher =
        new AwsJsonDispatcher(
            Map.of("DescribeOrganization", broken),
            WireFixture.MODEL,
            new JsonCodec(),
            CallerResolver.unsigned());

    HttpResponse response =
        dispatcher.handle(
            WireFixture.request(
                "111111111111", AwsJsonDispatcher.TARGET_PREFIX + "DescribeOrganization", ""));

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "ServiceException");
    assertThat(response.bodyText())
        .startsWith("{\"__type\":\"ServiceException\",\"Message\":")
        .doesNotContain("secret", "Exception:", "at dev.");
  }

  @Test
  void overloadIsAThrottlingErrorThatSdksRetry() {
    HttpResponse response = wire.dispatcher.overloaded();

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "TooManyRequestsException");
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyErrorCodeIs400ExceptServiceException(ErrorCode code) {
    assertThat(ErrorRenderer.status(code)).isEqualTo(code == ErrorCode.SERVICE ? 500 : 400);
  }

  @Test
  void rendererWritesReasonOnlyWhenPresent() {
    ErrorRenderer renderer = new ErrorRenderer(new JsonCodec());

    assertThat(
            renderer
                .render(
                    OrgdException.handshakeConstraint(
                        HandshakeConstraintReason.ACCOUNT_NUMBER_LIMIT_EXCEEDED,
                        "You have exceeded the allowed number of AWS accounts"))
                .bodyText())
        .isEqualTo(
            "{\"__type\":\"HandshakeConstraintViolationException\",\"Message\":\"You have exceeded"
                + " the allowed number of AWS accounts\",\"Reason\":\"ACCOUNT_NUMBER_LIMIT_EXCEEDED\"}");
    assertThat(renderer.render(OrgdException.handshakeNotFound()).bodyText())
        .isEqualTo(
            "{\"__type\":\"HandshakeNotFoundException\",\"Message\":\"We can't find a handshake"
                + " with the HandshakeId that you specified.\"}");
  }
}
