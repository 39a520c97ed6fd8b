/** Tests of the Jira anonymization handlers over a recording fake of the personal data store. */
package com.gluework.jira.privacy;
