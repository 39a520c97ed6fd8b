/**
 * The preview's storage guarantees: a data directory one preview owns at a time ({@link
 * com.gluework.preview.store.DataDirLock}), and Active Objects that acknowledge a write only once it is on disk and
 * answer 503 instead of 500 while the disk is full or read-only, reopening the database by themselves when it can
 * write again ({@link com.gluework.preview.store.DurableActiveObjects}). docs/reliability.md has the measurements.
 */
package com.gluework.preview.store;
