/** Tests of the Jira sprint source against Mockito mocks of the Jira and Jira Software stand-ins. */
package com.gluework.jira.sprint;
