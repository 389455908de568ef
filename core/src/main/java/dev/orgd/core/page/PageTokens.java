package dev.orgd.core.page;

import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque pagination tokens: a position, signed together with what it is bound to (the caller, the
 * operation and the filter). A token that does not decode, was altered, or is presented by another
 * caller, to another operation or with another filter is INVALID_NEXT_TOKEN.
 */
public final class PageTokens {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 16;

  private PageTokens() {
    throw new AssertionError("not instantiable");
  }

  /** A token for {@code position}, valid only where {@code binding} is the same. */
  public static String encode(byte[] key, String binding, String position) {
    byte[] payload = position.getBytes(StandardCharsets.UTF_8);
    byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
    System.arraycopy(mac(key, binding, payload), 0, token, payload.length, MAC_BYTES);
    return ENCODER.encodeToString(token);
  }

  /** The position {@code token} names, if it was made for {@code binding}. */
  public static String decode(byte[] key, String binding, String token) {
    byte[] raw;
    try {
      raw = DECODER.decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (raw.length <= MAC_BYTES) {
      throw invalid();
    }
    byte[] payload = Arrays.copyOf(raw, raw.length - MAC_BYTES);
    byte[] given = Arrays.copyOfRange(raw, payload.length, raw.length);
    if (!MessageDigest.isEqual(given, mac(key, binding, payload))) {
      throw invalid();
    }
    return new String(payload, StandardCharsets.UTF_8);
  }

  private static byte[] mac(byte[] key, String binding, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(binding.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  static OrgdException invalid() {
    return OrgdException.invalidInput(
        InvalidInputReason.INVALID_NEXT_TOKEN, "The provided pagination token is not valid.");
  }
}
