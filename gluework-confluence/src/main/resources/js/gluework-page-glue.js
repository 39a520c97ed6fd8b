/*
 * "Record as glue" on a Confluence page (the web-item gluework-record-page in the page's tools menu) and the
 * "Credited:" line above the page. Talks only to Confluence's own /rest/gluework/1.0/page-glue, which forwards to
 * Jira over the application link as the viewer. No inline script (CSP): this file is a web-resource; every text that
 * came from Jira or a user is placed with textContent, never as HTML.
 */
(function () {
    'use strict';

    var CATEGORIES = [
        ['clarification', 'Requirement clarification'], ['review', 'Code review'],
        ['documentation', 'Docs & runbooks'], ['mentoring', 'Mentoring & pairing'],
        ['coordination', 'Coordination & hand-off'], ['facilitation', 'Facilitation'],
        ['incident', 'Incidents & post-mortems'], ['quality', 'Quality & reliability']];
    var DEFAULT_CATEGORY = 'documentation';

    function endpoint() {
        return AJS.contextPath() + '/rest/gluework/1.0/page-glue';
    }

    /** The page's stable address (by id, so renaming or moving the page keeps the evidence link working). */
    function pageUrl(pageId) {
        return window.location.origin + AJS.contextPath() + '/pages/viewpage.action?pageId=' + encodeURIComponent(pageId);
    }

    function el(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined) {
            node.textContent = content;
        }
        return node;
    }

    function showCredited(pageId) {
        fetch(endpoint() + '?pageUrl=' + encodeURIComponent(pageUrl(pageId)), {
            credentials: 'same-origin', headers: {'Accept': 'application/json'}
        }).then(function (response) {
            // Failures (not authorised yet, Jira down) stay quiet on page view: the dialog explains them on demand.
            return response.ok ? response.json() : null;
        }).then(function (answer) {
            var content = document.getElementById('main-content');
            if (!answer || !answer.line || !content) {
                return;
            }
            var old = document.getElementById('gluework-credited');
            if (old) {
                old.parentNode.removeChild(old);
            }
            var line = el('p', 'gluework-credited', answer.line);
            line.id = 'gluework-credited';
            content.parentNode.insertBefore(line, content);
        }).catch(function () { /* page view never breaks because Jira is away */ });
    }

    function field(form, id, labelText, input) {
        var group = el('div', 'field-group');
        var label = el('label', null, labelText);
        label.htmlFor = id;
        input.id = id;
        input.name = id.replace('gluework-glue-', '');
        group.appendChild(label);
        group.appendChild(input);
        group.appendChild(el('div', 'error'));
        form.appendChild(group);
        return input;
    }

    function buildDialog() {
        var dialog = el('section', 'aui-dialog2 aui-dialog2-medium aui-layer');
        dialog.id = 'gluework-record-page-dialog';
        dialog.setAttribute('role', 'dialog');
        dialog.setAttribute('aria-hidden', 'true');
        var header = el('header', 'aui-dialog2-header');
        header.appendChild(el('h2', 'aui-dialog2-header-main', AJS.I18n.getText('gluework.page.record.title')));
        var content = el('div', 'aui-dialog2-content');
        var form = el('form', 'aui');
        var summary = field(form, 'gluework-glue-summary', AJS.I18n.getText('gluework.page.record.summary'), el('input', 'text long-field'));
        var impact = field(form, 'gluework-glue-impact', AJS.I18n.getText('gluework.page.record.impact'), el('textarea', 'textarea long-field'));
        var issueKey = field(form, 'gluework-glue-issueKey', AJS.I18n.getText('gluework.page.record.issue'), el('input', 'text short-field'));
        var category = field(form, 'gluework-glue-categoryKey', AJS.I18n.getText('gluework.page.record.category'), el('select', 'select'));
        CATEGORIES.forEach(function (c) {
            var option = el('option', null, c[1]);
            option.value = c[0];
            option.selected = c[0] === DEFAULT_CATEGORY;
            category.appendChild(option);
        });
        var message = el('div', 'gluework-record-message');
        content.appendChild(message);
        content.appendChild(form);
        var footer = el('footer', 'aui-dialog2-footer');
        var actions = el('div', 'aui-dialog2-footer-actions');
        var record = el('button', 'aui-button aui-button-primary', AJS.I18n.getText('gluework.page.record.submit'));
        var cancel = el('button', 'aui-button aui-button-link', AJS.I18n.getText('gluework.page.record.cancel'));
        actions.appendChild(record);
        actions.appendChild(cancel);
        footer.appendChild(actions);
        dialog.appendChild(header);
        dialog.appendChild(content);
        dialog.appendChild(footer);
        document.body.appendChild(dialog);
        return {dialog: dialog, form: form, message: message, record: record, cancel: cancel,
            values: function () {
                return {summary: summary.value, impact: impact.value, issueKey: issueKey.value,
                    categoryKey: category.value};
            }};
    }

    function clearErrors(parts) {
        parts.message.textContent = '';
        Array.prototype.forEach.call(parts.form.querySelectorAll('.error'), function (e) {
            e.textContent = '';
        });
    }

    /** Jira's field errors next to their fields, exactly as Jira worded them; any other field above the form. */
    function showErrors(parts, errors) {
        (errors || []).forEach(function (error) {
            var input = document.getElementById('gluework-glue-' + error.field);
            var slot = input ? input.parentNode.querySelector('.error') : null;
            (slot || parts.message).appendChild(el('div', null, error.message));
        });
    }

    function showProblem(parts, problem) {
        parts.message.appendChild(el('p', null, problem.message || AJS.I18n.getText('gluework.page.record.failed')));
        if (problem.authorisationUri && /^https?:\/\//i.test(problem.authorisationUri)) {
            var link = el('a', null, AJS.I18n.getText('gluework.page.record.authorise'));
            link.href = problem.authorisationUri;
            link.target = '_blank';
            link.rel = 'noopener';
            parts.message.appendChild(link);
        }
    }

    function openDialog(pageId) {
        var parts = buildDialog();
        var dialog = AJS.dialog2(parts.dialog);
        parts.form.addEventListener('submit', function (event) {
            event.preventDefault(); // Enter in a field records, it never navigates
            parts.record.click();
        });
        parts.cancel.addEventListener('click', function () {
            dialog.hide();
        });
        parts.record.addEventListener('click', function () {
            clearErrors(parts);
            parts.record.disabled = true;
            var body = parts.values();
            body.pageUrl = pageUrl(pageId);
            fetch(endpoint(), {
                method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
                body: JSON.stringify(body)
            }).then(function (response) {
                return response.json().catch(function () {
                    return {};
                }).then(function (answer) {
                    parts.record.disabled = false;
                    if (response.status === 201) {
                        dialog.hide();
                        showCredited(pageId);
                    } else if (answer.errors) {
                        showErrors(parts, answer.errors);
                    } else {
                        showProblem(parts, answer);
                    }
                });
            }).catch(function () {
                parts.record.disabled = false;
                parts.message.appendChild(el('p', null, AJS.I18n.getText('gluework.page.record.failed')));
            });
        });
        dialog.show();
    }

    AJS.toInit(function () {
        var pageId = AJS.Meta.get('page-id');
        if (!pageId) {
            return;
        }
        if (!AJS.Meta.get('remote-user')) {
            // Anonymous: Glue Work names people and Jira never answers anonymously, so no action and no credits.
            var item = document.getElementById('gluework-record-page');
            if (item && item.parentNode) {
                item.parentNode.removeChild(item);
            }
            return;
        }
        showCredited(pageId);
        document.addEventListener('click', function (event) {
            var item = event.target.closest && event.target.closest('#gluework-record-page');
            if (item) {
                event.preventDefault();
                openDialog(pageId);
            }
        });
    });
}());
