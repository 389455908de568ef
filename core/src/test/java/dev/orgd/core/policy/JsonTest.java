package dev.orgd.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "not json",
        "{}{}",
        "{} x",
        "{\"a\":1,}",
        "[1,]",
        "{\"a\" 1}",
        "{a:1}",
        "{'a':1}",
        "{\"a\":1 /* c */}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{\"a\":-}",
        "{\"a\":tru}",
        "{\"a\":\"x\ty\"}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":\"open",
        "{\"a\":1,\"a\":2}",
        "\uFEFF{}",
      })
  void rejectsWhatIsNotExactlyOneJsonValue(String text) {
    assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(Json.SyntaxError.class);
  }

  @Test
  void rejectsNestingBeyondTheLimit() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThatThrownBy(() -> Json.parse(deep)).hasMessageContaining("nested too deeply");
  }

  @Test
  void readsValuesKeepingKeyOrderAndNumbersAsWritten() {
    Object v =
        Json.parse(" {\"z\":[1, -2.5e3, true, false, null], \"a\":\"\\u00e9\\n\\\"\\/\"} \r\n");
    assertThat(v).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) v;
    assertThat(m.keySet()).containsExactly("z", "a");
    assertThat(m.get("z"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly(
            new Json.Num("1"), new Json.Num("-2.5e3"), Boolean.TRUE, Boolean.FALSE, Json.NULL);
    assertThat(m.get("a")).isEqualTo("é\n\"/");
  }

  @Test
  void writesCompactlyAndRoundTrips() {
    String text =
        "{\"k\":[\"a\\\"b\",\"\\\\\",1.50,{},[],null,true],\"tab\":\"\\t\\u0001\",\"é\":\"ü\"}";
    assertThat(Json.write(Json.parse(text))).isEqualTo(text);
  }
}
