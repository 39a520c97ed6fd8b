/**
 * Checks that the benchmarks measure what they claim: the dataset they load, the queries a panel render sends, and
 * the sprint report's input and statements, which must not depend on the size of the store.
 */
package com.gluework.bench;
