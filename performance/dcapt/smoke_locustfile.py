"""Smoke run of Glue Work's DCAPT Locust action against the preview (no DCAPT checkout needed).

    locust -f performance/dcapt/smoke_locustfile.py --headless -u 8 -r 8 -t 60s \
        --host http://127.0.0.1:2990 --csv /tmp/gluework-dcapt-smoke

Each virtual user signs in as a preview demo user with HTTP Basic (PREVIEW ONLY: password = user name; DCAPT signs in
through Jira's login form instead) and runs ``extension_locust.app_specific_action`` in a loop. The action's two
requests are reported by Locust under their own names; a failed assertion fails the task and shows in the failures.
"""
import os
import sys

from locust import HttpUser, constant, task

sys.path.insert(0, os.path.dirname(__file__))
os.environ.setdefault('GLUEWORK_ISSUE_KEYS', ','.join(f'GW-{n}' for n in range(1, 41)))
os.environ.setdefault('GLUEWORK_SPRINT_IDS', '1,2,3')

import extension_locust  # noqa: E402  (reads the two variables above)


class _DcaptShapedClient:
    """What DCAPT hands the action: ``get(path, headers=…, catch_response=…)`` returning a response."""

    def __init__(self, client):
        self._client = client

    def get(self, path, headers=None, catch_response=False):
        # DCAPT's MyBaseTaskSet reports the whole action through jira_measure; here Locust reports each request.
        name = path.split('/issues/')[0] + '/issues/[key]/panel' if '/issues/' in path else \
            path.split('/sprints/')[0] + '/sprints/[id]/report'
        return self._client.get(path, headers=headers, name=name)


class GlueWorkUser(HttpUser):
    wait_time = constant(0)

    def on_start(self):
        user = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'][id(self) % 6]
        self.client.auth = (user, user)

    @task
    def app_specific_action(self):
        extension_locust.app_specific_action(_DcaptShapedClient(self.client))
