package dev.orgd.server.protocol;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids: random (version 4) UUIDs, without the cost of SecureRandom on every request. */
public final class RequestIds {
  private RequestIds() {
    throw new AssertionError("not instantiable");
  }

  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }
}
