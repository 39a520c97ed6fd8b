/**
 * The preview's HTTP edge: who is calling (demo logins on the demo team; on a live Jira the token's owner only, from
 * this computer only), the current-user holder, the REST answer when Jira cannot be read, and the XSRF rules
 * Atlassian's REST layer enforces in the products, emulated so the preview refuses what Jira would refuse.
 */
package com.gluework.preview.http;
