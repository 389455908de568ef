package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.orgd.core.service.IdSource;
import dev.orgd.core.service.Orgd;
import dev.orgd.core.store.InMemoryStore;
import dev.orgd.server.protocol.ServiceModel.Shape;
import dev.orgd.server.protocol.ops.Operations;
import dev.orgd.server.protocol.wire.NoInput;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation's request and response records, and the records inside them, have exactly the
 * members of the model's shapes, under the names Jackson binds and of the types the shapes give; a
 * record is named after its shape ({@code Wire} and the shape's name inside an input or output). So
 * a misspelled {@code NextToken} fails here rather than arriving as null.
 */
class WireRecordsTest {
  private static final ObjectMapper MAPPER = new JsonCodec().mapper();
  private static final ServiceModel MODEL = WireFixture.MODEL;
  private static final Map<String, Class<?>> SCALARS =
      Map.of(
          "string", String.class,
          "timestamp", Instant.class,
          "integer", Integer.class,
          "long", Long.class,
          "boolean", Boolean.class);

  private final List<String> problems = new ArrayList<>();
  private final Set<String> compared = new HashSet<>();

  static Stream<Operation<?, ?>> operations() {
    return Operations.registry(new Orgd(new InMemoryStore(), Clock.systemUTC(), IdSource.seeded(1)))
        .values()
        .stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void requestRecordsHaveExactlyTheMembersOfTheInputShape(Operation<?, ?> operation) {
    String name = operation.getClass().getSimpleName();
    String shape = MODEL.inputShape(name);
    if (shape == null) {
      assertThat(operation.inputType()).isEqualTo(NoInput.class);
      return;
    }
    compareStructure(
        MAPPER.constructType(operation.inputType()), MODEL.shape(shape), name + " input", shape);

    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void responseRecordsHaveExactlyTheMembersOfTheOutputShape(Operation<?, ?> operation) {
    String name = operation.getClass().getSimpleName();
    String shape = MODEL.outputShape(name);
    Type output = outputType(operation.getClass());
    if (shape == null) {
      assertThat(output).isEqualTo(Void.class);
      return;
    }
    compareStructure(MAPPER.constructType(output), MODEL.shape(shape), name + " output", shape);

    assertThat(problems).isEmpty();
  }

  /** The {@code O} of the {@code Operation<I, O>} that {@code type} implements. */
  private static Type outputType(Class<?> type) {
    for (Type implemented : type.getGenericInterfaces()) {
      if (implemented instanceof ParameterizedType p && p.getRawType() == Operation.class) {
        return p.getActualTypeArguments()[1];
      }
    }
    throw new AssertionError(type + " does not implement Operation<I, O> directly");
  }

  private void compare(JavaType type, String shapeName, String path) {
    Shape shape = MODEL.shape(shapeName);
    switch (shape.type()) {
      case "structure" -> compareStructure(type, shape, path, "Wire" + shapeName);
      case "list" -> {
        expect(type.isCollectionLikeType(), path, "a List for " + shapeName + ", not " + type);
        if (type.isCollectionLikeType()) {
          compare(type.getContentType(), shape.member(), path + "[]");
        }
      }
      default -> {
        Class<?> expected = SCALARS.get(shape.type());
        expect(
            type.getRawClass() == expected,
            path,
            expected + " for " + shapeName + " (" + shape.type() + "), not " + type);
      }
    }
  }

  /**
   * An operation's input and output records are named after their shapes; the records of the
   * structures inside them take the prefix {@code Wire}, so that none shares a domain type's name.
   */
  private void compareStructure(JavaType type, Shape shape, String path, String recordName) {
    Class<?> record = type.getRawClass();
    if (!compared.add(record.getName() + " " + shape.name())) {
      return; // a recursive shape (HandshakeResource), or one met before
    }
    expect(record.isRecord(), path, "a record for " + shape.name() + ", not " + type);
    expect(
        record.getSimpleName().equals(recordName),
        path,
        "named " + recordName + ", not " + record.getSimpleName());
    Map<String, JavaType> members = members(type);
    expect(
        members.keySet().equals(shape.members().keySet()),
        path,
        "the members " + shape.members().keySet() + ", not " + members.keySet());
    for (Map.Entry<String, String> member : shape.members().entrySet()) {
      JavaType memberType = members.get(member.getKey());
      if (memberType != null) {
        compare(memberType, member.getValue(), path + "." + member.getKey());
      }
    }
  }

  /** The record's members by the names Jackson reads and writes them under. */
  private static Map<String, JavaType> members(JavaType type) {
    Map<String, JavaType> members = new LinkedHashMap<>();
    for (BeanPropertyDefinition property :
        MAPPER.getSerializationConfig().introspect(type).findProperties()) {
      members.put(property.getName(), property.getPrimaryType());
    }
    return members;
  }

  private void expect(boolean ok, String path, String what) {
    if (!ok) {
      problems.add(path + " should be " + what);
    }
  }
}
