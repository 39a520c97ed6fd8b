/**
 * Sprints in Jira: {@link com.gluework.jira.sprint.JiraSprintSource} answers the core {@code SprintSource} port from
 * core Jira (JQL {@code sprint = N}, change histories, status categories) and asks
 * {@link com.gluework.jira.sprint.JiraSoftwareBoards} for boards and sprint metadata, as the viewer may see them
 * (Jira Software's user-aware {@code RapidViewService} and {@code SprintService}). Only
 * {@code GreenHopperBoards} names Jira Software (GreenHopper) types, and it is loaded only when Jira Software is
 * installed, so the plugin also starts on plain Jira (see docs/decisions.md, "Sprint data in Jira").
 */
package com.gluework.jira.sprint;
