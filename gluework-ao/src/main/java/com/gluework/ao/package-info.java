/**
 * Active Objects adapters for the core storage ports. Every method maps AO rows to core records before returning,
 * writes that touch several rows run in one {@code ActiveObjects.executeInTransaction}, and reads load a whole issue's
 * glue in a fixed number of queries however many contributions and corroborations it has.
 */
package com.gluework.ao;
