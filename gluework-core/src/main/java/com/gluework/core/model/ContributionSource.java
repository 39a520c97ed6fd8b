package com.gluework.core.model;

/** Where a contribution came from: typed in by a person, confirmed from a suggestion, or recorded from a Confluence page. */
public enum ContributionSource { MANUAL, SUGGESTED, CONFLUENCE }
