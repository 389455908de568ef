package dev.orgd.it.support;

import dev.orgd.server.OrgdServer;
import dev.orgd.server.ServerConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** The orgd server under test, started in-process through its public builder. */
final class ItServer implements AutoCloseable {
  private final OrgdServer server;

  private ItServer(OrgdServer server) {
    this.server = server;
  }

  /**
   * Starts a server on a free loopback port with the given storage kind ({@code memory}, {@code
   * sqlite}, {@code postgres}) and the backend's default location.
   *
   * @param janitor whether the periodic purge of handshakes past their retention runs (with its
   *     default interval)
   */
  static ItServer start(String storage, boolean janitor) {
    ServerConfig ephemeral = ServerConfig.ephemeral();
    ServerConfig config =
        new ServerConfig(
            ephemeral.port(),
            ephemeral.bind(),
            ServerConfig.Storage.valueOf(storage.toUpperCase(Locale.ROOT)),
            null,
            null,
            ServerConfig.Auth.NONE);
    OrgdServer.Builder builder = OrgdServer.builder().config(config);
    if (!janitor) {
      builder.janitorInterval(Duration.ZERO);
    }
    return new ItServer(builder.build().start());
  }

  URI endpoint() {
    return server.endpoint();
  }

  String storageKind() {
    return server.storageKind();
  }

  @Override
  public void close() {
    server.close();
  }
}
