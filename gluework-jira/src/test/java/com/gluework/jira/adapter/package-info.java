/** Mockito tests of the Jira adapters against the stand-in Jira API. */
package com.gluework.jira.adapter;
