/**
 * The preview's storage guarantees: a data directory one preview owns at a time ({@link
 * com.gluework.preview.store.DataDirLock}), and Active Objects that acknowledge a write only once it is on disk and
 * answer 503 instead of 500 while the disk is full or read-only, reopening the database by themselves when it can
 * write again ({@link com.gluework.preview.store.DurableActiveObjects}). On embedded H2 every opening of the file has
 * a name and a bounded session pool of its own and starts its ids past the stored rows, and reads can come from a copy
 * in memory while the file can be opened neither read-write nor read-only: each works around an H2 1.4.200 behaviour
 * that the flapping-disk test met. docs/reliability.md has the measurements.
 */
package com.gluework.preview.store;
