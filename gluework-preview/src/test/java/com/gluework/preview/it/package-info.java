/**
 * Tests that start the whole preview in-process (Jetty, Jersey, real Active Objects on an H2 file in a temporary
 * folder) and talk to it over real HTTP, or drive it with headless Chromium. Run by failsafe in {@code mvn verify}.
 */
package com.gluework.preview.it;
