/**
 * Test support shared through gluework-web's test-jar: a Velocity renderer that escapes like Atlassian Template
 * Renderer and the i18n bundle reader it puts into every context. The preview host renders its pages with both at
 * run time, so the panel's tests and the preview exercise the same escaping rule.
 */
package com.gluework.web.testing;
