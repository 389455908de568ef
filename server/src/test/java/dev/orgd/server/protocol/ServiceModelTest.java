package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.server.protocol.ServiceModel.Shape;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ServiceModelTest {
  private static final ServiceModel MODEL = WireFixture.MODEL;

  @Test
  void everyPatternOfTheTrimmedModelCompilesInJava() {
    List<Shape> withPattern =
        MODEL.shapes().values().stream().filter(s -> s.pattern() != null).toList();

    assertThat(withPattern).hasSizeGreaterThan(15);
    assertThat(withPattern).allSatisfy(s -> assertThat(s.compiledPattern()).isNotNull());
  }

  @Test
  void everyReferencedShapeIsInTheTrimmedModel() {
    for (Shape shape : MODEL.shapes().values()) {
      Stream.concat(
              shape.members().values().stream(),
              Stream.of(shape.member(), shape.key(), shape.value()).filter(Objects::nonNull))
          .forEach(
              ref -> assertThat(MODEL.shapes()).as("%s refers to", shape.name()).containsKey(ref));
    }
  }

  @Test
  void patternsAnchoredAtBothEndsMustMatchTheWholeValue() {
    Shape handshakeId = MODEL.shape("HandshakeId");

    assertThat(handshakeId.matches("h-12345678")).isTrue();
    assertThat(handshakeId.matches("h-12345678\n")).isFalse();
    assertThat(handshakeId.matches("xh-12345678")).isFalse();
  }

  @Test
  void unanchoredPatternsMustMatchTheWholeValueToo() {
    Shape email = MODEL.shape("Email");

    assertThat(email.matches("someone@example.com")).isTrue();
    assertThat(email.matches("text around a@b.co and more")).isFalse();
    assertThat(email.matches("no address")).isFalse();
    assertThat(MODEL.shape("CreateAccountName").matches("name\u0000")).isFalse();
  }

  @Test
  void modelKeepsConstraintsAndMemberOrder() {
    Shape invite = MODEL.shape("InviteAccountToOrganizationRequest");

    assertThat(invite.members().keySet()).containsExactly("Target", "Notes", "Tags");
    assertThat(invite.required()).containsExactly("Target");
    assertThat(MODEL.shape("MaxResults").min()).isEqualTo(1);
    assertThat(MODEL.shape("MaxResults").max()).isEqualTo(20);
    assertThat(MODEL.shape("ActionType").enumValues()).contains("INVITE", "APPROVE_ALL_FEATURES");
    assertThat(MODEL.inputShape("DescribeOrganization")).isNull();
    assertThat(MODEL.outputShape("DeleteOrganization")).isNull();
  }
}
