package dev.orgd.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;

/** Expected errors of the AWS SDK for Java v2. */
public final class SdkErrors {
  private SdkErrors() {}

  /**
   * Runs {@code call}, which must fail with the SDK's typed exception {@code type}, HTTP 400, a
   * request id and the wire error code that the type stands for.
   */
  public static <T extends OrganizationsException> T expect(Class<T> type, ThrowingCallable call) {
    T e = catchThrowableOfType(type, call);
    assertThat(e).as("expected %s, but the call succeeded", type.getSimpleName()).isNotNull();
    assertThat(e.statusCode()).as("HTTP status").isEqualTo(400);
    assertThat(e.requestId()).as("x-amzn-RequestId").isNotBlank();
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(wireName(type));
    assertThat(e.awsErrorDetails().errorMessage()).as("Message").isNotBlank();
    return e;
  }

  private static String wireName(Class<?> type) {
    String name = type.getSimpleName();
    // The SDK's class name differs from the wire name only in this one's capitalisation.
    return name.equals("AwsOrganizationsNotInUseException")
        ? "AWSOrganizationsNotInUseException"
        : name;
  }
}
