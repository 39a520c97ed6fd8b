"""Glue Work's app-specific Selenium action for Atlassian's Data Center App Performance Toolkit (DCAPT).

Copy this file over ``app/extension/jira/extension_ui.py`` of a dc-app-performance-toolkit checkout (see README.md).
DCAPT calls ``app_specific_action(webdriver, datasets)`` once per Selenium session, logged in as a dataset user.

Two measured sub-actions under ``selenium_app_custom_action``:
  * ``view_issue_with_panel``: open an issue of the dataset and wait until Glue Work's panel has rendered (its count
    badge is visible) next to Jira's own summary field;
  * ``open_report``: open the sprint glue-wins report page of a sprint and wait until the report (its headline) and
    both charts have loaded.
"""
import os
import random

from selenium.webdriver.common.by import By

from selenium_ui.base_page import BasePage
from selenium_ui.conftest import print_timing
from util.conf import JIRA_SETTINGS

SPRINT_IDS = [s.strip() for s in os.environ.get('GLUEWORK_SPRINT_IDS', '').split(',') if s.strip()]

PANEL = (By.CSS_SELECTOR, '.gluework-panel .gluework-count')
REPORT_HEADLINE = (By.CSS_SELECTOR, '.gluework-report .gluework-report-headline')
# An expression: BasePage.wait_for_js_statement evaluates "return <expression>" until it equals the value.
CHARTS_LOADED = ("Array.from(document.querySelectorAll('img.gluework-chart'))"
                 ".every(function (img) { return img.complete && img.naturalWidth > 0; })")


def app_specific_action(webdriver, datasets):
    page = BasePage(webdriver)
    # DCAPT's own random issue of this session, or one of the custom dataset (custom_dataset_query in jira.yml)
    issue_key = datasets.get('custom_issue_key') or datasets['current_session']['issue_key']
    # The scrum board of this session: its report page opens on the board's active or last closed sprint, unless
    # GLUEWORK_SPRINT_IDS names sprints.
    board_id = datasets['current_session']['scrum_board_id']

    @print_timing("selenium_app_custom_action")
    def measure():
        @print_timing("selenium_app_custom_action:view_issue_with_panel")
        def view_issue_with_panel():
            page.go_to_url(f"{JIRA_SETTINGS.server_url}/browse/{issue_key}")
            page.wait_until_visible((By.ID, "summary-val"))  # Jira's own issue view is there
            page.wait_until_visible(PANEL)  # and Glue Work's panel has rendered

        view_issue_with_panel()

        @print_timing("selenium_app_custom_action:open_report")
        def open_report():
            query = f"sprint={random.choice(SPRINT_IDS)}" if SPRINT_IDS else f"board={board_id}"
            page.go_to_url(f"{JIRA_SETTINGS.server_url}/plugins/servlet/gluework/report?{query}")
            page.wait_until_visible(REPORT_HEADLINE)
            page.wait_for_js_statement(CHARTS_LOADED, True, "Glue Work report charts did not load")

        open_report()

    measure()
