package dev.orgd.core.error;

/** A value of one of the model's {@code *Reason} enums; {@link #name()} is the wire value. */
public interface Reason {
  String name();
}
