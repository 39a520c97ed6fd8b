/**
 * View models for the Velocity templates and the factories that build them. Views are small immutable classes with
 * classic {@code getX()}/{@code isX()} getters (Velocity 1.7 under Atlassian Template Renderer cannot call record
 * accessors as properties) and nothing else: each public getter is a template call that the Jira plugin lists in its
 * {@code velocity-allowlist}, so keep them few. No getter name ends in {@code Html}: the renderer would then skip
 * escaping, and every value here may hold user text.
 */
package com.gluework.web.view;
