/**
 * The preview's HTTP edge: who is calling (demo logins, the current-user holder) and the XSRF rules Atlassian's REST
 * layer enforces in the products, emulated so the preview refuses what Jira would refuse.
 */
package com.gluework.preview.http;
