package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL mid-write loses none of the writes it acknowledged. */
class SqliteCrashIT {
  private static final int ACKS_BEFORE_KILL = 50;

  @TempDir Path dataDir;

  @Test
  void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
    Process writer = startWriter();
    int acknowledged;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      // What a client saw acknowledged; the writer may commit a few more before it dies.
      acknowledged = readAcks(out, ACKS_BEFORE_KILL, Duration.ofSeconds(45));
      writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      writer.destroyForcibly();
    }
    assertThat(acknowledged).as("writes acknowledged before the kill").isPositive();

    int expected = acknowledged;
    try (JdbcStore store = JdbcStore.sqlite(dataDir)) {
      List<Integer> missing =
          store.read(
              tx ->
                  IntStream.rangeClosed(1, expected)
                      .filter(n -> tx.accounts().find(accountId(n)).isEmpty())
                      .boxed()
                      .toList());
      assertThat(missing).as("acknowledged accounts missing after the kill").isEmpty();
    }
  }

  private Process startWriter() throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            classpath,
            SqliteCrashWriter.class.getName(),
            dataDir.toString())
        .redirectError(dataDir.resolve("writer.log").toFile())
        .start();
  }

  /** Reads ACK lines until {@code wanted} of them came or time ran out; returns the last one. */
  private static int readAcks(BufferedReader out, int wanted, Duration patience)
      throws IOException {
    Instant giveUp = Instant.now().plus(patience);
    int last = 0;
    String line;
    while (last < wanted && Instant.now().isBefore(giveUp) && (line = out.readLine()) != null) {
      last = Math.max(last, ackNumber(line));
    }
    return last;
  }

  private static int ackNumber(String line) {
    return line.startsWith("ACK ") ? Integer.parseInt(line.substring(4).trim()) : 0;
  }
}
