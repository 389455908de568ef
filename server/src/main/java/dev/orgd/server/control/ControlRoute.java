package dev.orgd.server.control;

import java.util.Map;

/**
 * One endpoint of the control plane (one class per endpoint, like WireMock's admin tasks): the
 * record its JSON body is read into and what it answers, a record written as JSON. Bad input is a
 * {@link ControlError}; a store that fails throws its {@link dev.orgd.core.error.OrgdException}.
 *
 * @param <I> the request record, or {@link NoBody} for an endpoint that reads no body
 */
public interface ControlRoute<I extends Record> {

  /** The record the request body is read into. */
  Class<I> requestType();

  /** Runs the endpoint; returns the response record. */
  Record answer(I request);

  /**
   * Runs the endpoint with the request's query parameters (only routes that read them override
   * this). A {@link Text} answer is sent as it is, with its content type; any other record as JSON.
   */
  default Record answer(I request, Map<String, String> query) {
    return answer(request);
  }

  /** An answer that is not JSON (the metrics' text format). */
  record Text(String contentType, byte[] body) {}
}
