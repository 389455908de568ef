package dev.orgd.server.control;

/** A control-plane request that cannot be answered as asked: its HTTP status and why. */
final class ControlError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  private ControlError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ControlError badRequest(String message) {
    return new ControlError(400, message);
  }

  static ControlError notFound(String message) {
    return new ControlError(404, message);
  }

  int status() {
    return status;
  }
}
