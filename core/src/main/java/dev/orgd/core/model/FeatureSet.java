package dev.orgd.core.model;

/** An organization's feature set. */
public enum FeatureSet {
  ALL,
  CONSOLIDATED_BILLING
}
