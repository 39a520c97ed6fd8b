package com.atlassian.applinks.api;

/**
 * Compile-only stand-in: the kind of application a link points to. Used only as a supertype of class tokens, so none
 * of its members ({@code getI18nKey()}, {@code getIconUrl()}, {@code accept(...)}) is declared.
 * <p>
 * Mirrors: applinks-api, decompiled (docs/atlassian-signatures.md §11.9, status P): an interface.
 */
public interface ApplicationType {
}
