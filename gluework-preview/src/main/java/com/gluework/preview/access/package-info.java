/** Who may see and administer what in the preview: a tiny stand-in for Jira's permission schemes. */
package com.gluework.preview.access;
