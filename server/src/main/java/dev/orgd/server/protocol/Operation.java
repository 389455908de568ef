package dev.orgd.server.protocol;

/**
 * One AWS Organizations operation: maps its wire input to the domain, calls it, and maps the result
 * back to its wire output. The input has been validated against the model before {@code invoke} is
 * called; domain errors propagate as {@link dev.orgd.core.error.OrgdException}.
 *
 * @param <I> the wire record of the model's input shape
 * @param <O> the wire record of the output shape, or {@link Void} for an operation without output
 */
public interface Operation<I, O> {

  /** The wire record the request body is bound to. */
  Class<I> inputType();

  /** Runs the operation; returns the output (null for an operation without output). */
  O invoke(I input, CallContext context);
}
