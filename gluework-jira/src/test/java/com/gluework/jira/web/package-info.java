/** Tests of the Jira web glue (context provider, template renderer adapter). */
package com.gluework.jira.web;
