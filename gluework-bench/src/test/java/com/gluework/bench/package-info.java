/** Checks that the benchmark measures what it claims: the dataset it loads, and the queries a panel render sends. */
package com.gluework.bench;
