package dev.orgd.bench.scenario;

import dev.orgd.bench.load.Request;
import dev.orgd.bench.load.Response;

/**
 * The requests of one connection, in order. Called only from that connection's event loop, so an
 * implementation needs no locking for its own state.
 */
public interface ConnectionScript {

  /** The request to send next. */
  Request next();

  /**
   * Takes the answer to {@code request}; returns whether it is the answer the scenario expects
   * (anything else is counted as an error and left out of the latency histogram).
   */
  boolean accept(Request request, Response response);
}
