"""Glue Work's app-specific Locust actions for Atlassian's Data Center App Performance Toolkit (DCAPT).

Copy this file over ``app/extension/jira/extension_locust.py`` of a dc-app-performance-toolkit checkout (see README.md
in this folder). DCAPT's Jira locustfile calls ``app_specific_action(locust)`` with its ``MyBaseTaskSet``: a logged-in
virtual user whose ``locust.get`` goes through Locust's HTTP client with the session cookie.

What one action does, as one measured interaction ``locust_app_specific_action``:
  1. GET the Glue Work issue panel fragment of a random issue of DCAPT's dataset
     (``/rest/gluework/1.0/issues/{key}/panel``, what the panel's script fetches when it re-renders);
  2. GET the sprint glue-wins report as JSON for a sprint of ``GLUEWORK_SPRINT_IDS``
     (``/rest/gluework/1.0/sprints/{id}/report``).

Both are read-only, so the action can run for the whole 45-minute DCAPT run without growing the data.

Outside DCAPT (smoke test against Glue Work's preview, see README.md), ``smoke_locustfile.py`` imports the same two
request functions, so the smoke run sends exactly the requests DCAPT will.
"""
import os
import random

try:  # inside a dc-app-performance-toolkit checkout
    from locustio.common_utils import init_logger, jira_measure
    from locustio.jira.requests_params import jira_datasets

    logger = init_logger(app_type='jira')
    _ISSUE_KEYS = [row[0] for row in jira_datasets()['issues']]
except ImportError:  # the smoke run: no DCAPT around, no measurement wrapper
    import logging

    logger = logging.getLogger('gluework.dcapt')
    _ISSUE_KEYS = []

    def jira_measure(_interaction):
        return lambda action: action

REST = '/rest/gluework/1.0'
# Sprints to report on: closed sprints of the DCAPT dataset's boards, comma separated. Set it from
# /rest/agile/1.0/board/{boardId}/sprint?state=closed before the run (see README.md).
SPRINT_IDS = [s.strip() for s in os.environ.get('GLUEWORK_SPRINT_IDS', '1').split(',') if s.strip()]
# Issue keys when DCAPT's dataset is absent (the smoke run sets them).
FALLBACK_ISSUE_KEYS = [k.strip() for k in os.environ.get('GLUEWORK_ISSUE_KEYS', '').split(',') if k.strip()]


def view_panel(locust, issue_key):
    """The panel fragment of one issue: 200 and Glue Work's panel markup for that issue, or the action fails."""
    r = locust.get(f'{REST}/issues/{issue_key}/panel', headers={'Accept': 'text/html'}, catch_response=True)
    content = r.content.decode('utf-8')
    expected = f'data-issue-key="{issue_key}"'
    if r.status_code != 200 or expected not in content:
        logger.error(f'Glue Work panel of {issue_key}: HTTP {r.status_code}, {content[:300]}')
    assert r.status_code == 200, f'panel of {issue_key}: HTTP {r.status_code}'
    assert expected in content, f'panel of {issue_key} has no Glue Work panel markup'


def view_report(locust, sprint_id):
    """The sprint report as JSON: 200 and the report of that sprint (its headline), or the action fails."""
    r = locust.get(f'{REST}/sprints/{sprint_id}/report', headers={'Accept': 'application/json'}, catch_response=True)
    content = r.content.decode('utf-8')
    if r.status_code != 200 or '"headline"' not in content:
        logger.error(f'Glue Work report of sprint {sprint_id}: HTTP {r.status_code}, {content[:300]}')
    assert r.status_code == 200, f'report of sprint {sprint_id}: HTTP {r.status_code}'
    assert '"headline"' in content, f'report of sprint {sprint_id} has no headline'


@jira_measure('locust_app_specific_action')
def app_specific_action(locust):
    issue_key = random.choice(_ISSUE_KEYS or FALLBACK_ISSUE_KEYS)
    view_panel(locust, issue_key)
    view_report(locust, random.choice(SPRINT_IDS))
