package dev.orgd.core.model;

/** What a responsibility transfer hands over (the model's ResponsibilityTransferType). */
public enum TransferType {
  BILLING
}
