package com.atlassian.cache;

/**
 * Compile-only stand-in: the product's cache manager, the OSGi service plugins import; its factory methods are
 * inherited from {@link CacheFactory}.
 * <p>
 * Mirrors: https://docs.atlassian.com/atlassian-cache-api/0.1/atlassian-cache-api/apidocs/com/atlassian/cache/CacheManager.html
 * (docs/atlassian-signatures.md §13.1, status P: {@code extends CacheFactory} confirmed; its own members are not
 * used, so none is declared).
 */
public interface CacheManager extends CacheFactory {
}
