package dev.orgd.server.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.server.protocol.hotpath.HandshakeJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * JSON for AWS JSON 1.1: wire records are written with the model's member names (UpperCamelCase),
 * unset members left out, timestamps as epoch seconds with a millisecond fraction ({@code
 * 1482952459.257}); requests are read as a tree first, so that the validator sees exactly what the
 * client sent.
 */
public final class JsonCodec {
  private final ObjectMapper mapper;

  public JsonCodec() {
    this(true);
  }

  /**
   * A codec with or without the serializers of {@link HandshakeJson} (without, handshakes are
   * written by Jackson's bean serializer, which tests compare them with).
   */
  JsonCodec(boolean handshakeSerializers) {
    SimpleModule timestamps = new SimpleModule("aws-timestamps");
    timestamps.addSerializer(Instant.class, new EpochSecondsSerializer());
    timestamps.addDeserializer(Instant.class, new EpochSecondsDeserializer());
    JsonFactory factory = new JsonFactory();
    JsonMapper.Builder builder =
        JsonMapper.builder(factory)
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .addModule(timestamps);
    if (handshakeSerializers) {
      builder.addModule(HandshakeJson.module(factory));
    }
    mapper = builder.build();
  }

  /** The request body as a JSON object; an empty body is {@code {}}. */
  public JsonNode parseObject(byte[] body) {
    if (isBlank(body)) {
      return mapper.createObjectNode();
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw serialization("The request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null || !node.isObject()) {
      throw serialization("The request body must be a JSON object.");
    }
    return node;
  }

  /** Binds a validated tree to a wire record. */
  public <T> T decode(JsonNode node, Class<T> type) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw serialization("The request body does not fit " + type.getSimpleName() + ".");
    }
  }

  /**
   * {@code value} as JSON. It is written into a buffer this thread keeps and copied out once at its
   * exact size: Jackson's own {@code writeValueAsBytes} grows a chain of blocks for every answer
   * and then copies them, which for a list page is kilobytes of garbage per call.
   */
  public byte[] encode(Object value) {
    Output out = OUTPUT.get();
    try {
      mapper.writeValue(out, value);
      return out.toByteArray();
    } catch (IOException e) { // JsonProcessingException is one; the buffer itself never fails
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    } finally {
      out.reset();
    }
  }

  /** The mapper, for building small JSON documents by hand (errors, the control plane). */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** An instant as AWS JSON writes it: epoch seconds with a millisecond fraction. */
  public static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli(), 3);
  }

  /**
   * {@link #epochSeconds} as JSON number text ({@code 1482952459.257}, {@code -0.005}), without a
   * BigDecimal: every timestamp of every listed handshake goes through here.
   */
  public static String epochSecondsText(Instant instant) {
    long millis = instant.toEpochMilli();
    if (millis == Long.MIN_VALUE) {
      return epochSeconds(instant).toPlainString();
    }
    long abs = Math.abs(millis);
    long fraction = abs % 1000;
    StringBuilder text = new StringBuilder(24);
    if (millis < 0) {
      text.append('-');
    }
    text.append(abs / 1000).append('.');
    if (fraction < 100) {
      text.append(fraction < 10 ? "00" : "0");
    }
    return text.append(fraction).toString();
  }

  private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

  /** The per-thread buffer of {@link #encode}; one that grew past a large answer is let go. */
  private static final class Output extends ByteArrayOutputStream {
    private static final int KEPT_CAPACITY = 64 * 1024;

    Output() {
      super(16 * 1024);
    }

    @Override
    public void reset() {
      if (buf.length > KEPT_CAPACITY) {
        buf = new byte[16 * 1024];
      }
      super.reset();
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private static OrgdException serialization(String message) {
    return new OrgdException(ErrorCode.SERIALIZATION, message);
  }

  private static final class EpochSecondsSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeNumber(epochSecondsText(value));
    }
  }

  private static final class EpochSecondsDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal seconds = p.getDecimalValue();
      return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
    }
  }
}
