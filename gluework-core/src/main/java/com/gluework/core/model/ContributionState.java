package com.gluework.core.model;

/** Retiring hides a contribution from counts without deleting it; restoring brings it back. */
public enum ContributionState { ACTIVE, RETIRED }
