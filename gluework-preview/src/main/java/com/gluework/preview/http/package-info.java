/**
 * The preview's HTTP edge: who is calling (demo logins, the current-user holder), the XSRF rules Atlassian's REST
 * layer enforces in the products, emulated so the preview refuses what Jira would refuse, and what Jetty would otherwise
 * answer itself: security headers on every answer, and the API's JSON errors for requests Jetty cannot read.
 */
package com.gluework.preview.http;
