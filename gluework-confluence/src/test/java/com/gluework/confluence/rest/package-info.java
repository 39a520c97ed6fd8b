/** Tests of the forwarding REST resources against a local HTTP server answering as Jira. */
package com.gluework.confluence.rest;
