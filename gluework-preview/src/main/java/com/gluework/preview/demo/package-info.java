/**
 * The demo team of the preview (see docs/demo-story.md): a deterministic generator of Jira REST documents — users,
 * projects GW and SEC, issues with change histories, board 1 and its three sprints — and of the glue contributions
 * seeded into an empty store. Dates are relative to the injected clock's "today", so sprint 3 is always active.
 */
package com.gluework.preview.demo;
