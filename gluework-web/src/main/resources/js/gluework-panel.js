/*
 * Glue Work issue panel: record glue and corroborate it without reloading the page.
 *
 * Plain modern JavaScript, no bundler. Texts come from AJS.I18n.getText with a string-literal key only: Jira's jsI18n
 * transformer replaces those calls at build time, so the key must always be a string literal (the preview
 * emulates the transformer). User text never goes into HTML here: messages are set with textContent, and after
 * a change the server re-renders the panel (escaping every value) and we swap that fragment in.
 */
(function () {
    'use strict';

    if (window.GlueWorkPanel) {
        return; // already loaded by another web-resource context
    }

    const API_PATH = '/rest/gluework/1.0';

    function restBase() {
        const contextPath = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return contextPath + API_PATH;
    }

    function issueUrl(panel, suffix) {
        return restBase() + '/issues/' + encodeURIComponent(panel.dataset.issueKey) + suffix;
    }

    function announce(panel, message) {
        panel.querySelector('.gluework-status').textContent = message;
    }

    function postJson(url, body) {
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                // Atlassian's XSRF check passes on this header; JSON bodies cannot be sent cross-site by a form anyway.
                'X-Atlassian-Token': 'no-check'
            },
            body: JSON.stringify(body)
        });
    }

    /** The ErrorDto of a failed response, or an empty one when the body is not JSON (e.g. a proxy's error page). */
    async function errorsOf(response) {
        try {
            const error = await response.json();
            return Array.isArray(error.errors) ? error.errors : [];
        } catch (e) {
            return [];
        }
    }

    /** Fetches the panel fragment the server rendered and swaps it in; the status region outside it stays put. */
    async function reload(panel) {
        const response = await fetch(issueUrl(panel, '/panel'), {
            credentials: 'same-origin',
            headers: {'Accept': 'text/html'}
        });
        if (!response.ok) {
            throw new Error('Panel refresh failed with status ' + response.status);
        }
        const fragment = new DOMParser().parseFromString(await response.text(), 'text/html');
        const freshBody = fragment.querySelector('.gluework-panel .gluework-body');
        if (!freshBody) {
            throw new Error('Panel refresh returned no panel');
        }
        panel.querySelector('.gluework-body').replaceWith(document.importNode(freshBody, true));
    }

    function clearErrors(form) {
        form.querySelectorAll('[data-gluework-error-for]').forEach(function (el) {
            el.textContent = '';
        });
        form.querySelectorAll('[aria-invalid]').forEach(function (el) {
            el.removeAttribute('aria-invalid');
        });
    }

    /** Shows each error next to its field ("evidenceLinks[1]" goes next to the links); the rest in the status region. */
    function showErrors(panel, form, errors) {
        const unplaced = [];
        let firstInvalid = null;
        errors.forEach(function (error) {
            const field = String(error.field || '');
            const name = field.replace(/\[\d+\]$/, '');
            const slot = form ? form.querySelector('[data-gluework-error-for="' + CSS.escape(name) + '"]') : null;
            if (!slot) {
                unplaced.push(error.message);
                return;
            }
            slot.textContent = slot.textContent ? slot.textContent + ' ' + error.message : error.message;
            const index = /\[(\d+)\]$/.exec(field);
            const controls = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
            const control = index ? controls[Number(index[1])] : controls[0];
            if (control) {
                control.setAttribute('aria-invalid', 'true');
                firstInvalid = firstInvalid || control;
            }
        });
        announce(panel, unplaced.length ? unplaced.join(' ') : AJS.I18n.getText('gluework.js.invalid'));
        if (firstInvalid) {
            firstInvalid.focus();
        }
    }

    function draftOf(form) {
        const links = Array.from(form.querySelectorAll('input[name="evidenceLinks"]'))
            .map(function (input) { return input.value.trim(); })
            .filter(function (value) { return value !== ''; });
        return {
            categoryKey: form.elements.categoryKey.value,
            contributorKey: form.elements.contributorKey.value || null,
            summary: form.elements.summary.value,
            impact: form.elements.impact.value,
            evidenceLinks: links,
            occurredOn: form.elements.occurredOn.value || null
        };
    }

    async function record(form) {
        const panel = form.closest('.gluework-panel');
        const save = form.querySelector('.gluework-save');
        if (save.disabled) {
            return;
        }
        save.disabled = true;
        clearErrors(form);
        announce(panel, AJS.I18n.getText('gluework.js.saving'));
        try {
            const response = await postJson(issueUrl(panel, '/contributions'), draftOf(form));
            if (!response.ok) {
                showErrors(panel, form, await errorsOf(response));
                return;
            }
            await refreshAfterChange(panel, AJS.I18n.getText('gluework.js.saved'));
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.failed'));
        } finally {
            save.disabled = false;
        }
    }

    async function corroborate(button) {
        const panel = button.closest('.gluework-panel');
        button.disabled = true;
        try {
            const url = restBase() + '/contributions/' + encodeURIComponent(button.dataset.contributionId) + '/corroborations';
            const response = await postJson(url, {});
            if (!response.ok) {
                showErrors(panel, null, await errorsOf(response));
                button.disabled = false;
                return;
            }
            await refreshAfterChange(panel, AJS.I18n.getText('gluework.js.corroborated'));
        } catch (e) {
            button.disabled = false;
            announce(panel, AJS.I18n.getText('gluework.js.failed'));
        }
    }

    async function refreshAfterChange(panel, message) {
        try {
            await reload(panel);
            announce(panel, message);
            const toggle = panel.querySelector('.gluework-record-toggle');
            if (toggle) {
                toggle.focus();
            }
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.reloadfailed'));
        }
    }

    function toggleForm(toggle, open) {
        const form = document.getElementById(toggle.getAttribute('aria-controls'));
        if (!form) {
            return;
        }
        form.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        if (open) {
            form.elements.categoryKey.focus();
        } else {
            toggle.focus();
        }
    }

    function addLinkInput(button) {
        const group = button.closest('.gluework-evidence-group');
        const inputs = group.querySelectorAll('input[name="evidenceLinks"]');
        const max = Number(group.dataset.maxLinks) || 1;
        if (inputs.length >= max) {
            return;
        }
        const input = inputs[0].cloneNode(false);
        input.removeAttribute('id');
        input.removeAttribute('aria-invalid');
        input.value = '';
        input.setAttribute('aria-label', AJS.I18n.getText('gluework.js.evidence.label') + ' ' + (inputs.length + 1));
        inputs[inputs.length - 1].after(input);
        input.focus();
        button.hidden = inputs.length + 1 >= max;
    }

    function showDefinition(select) {
        const help = document.getElementById(select.getAttribute('aria-describedby'));
        if (!help) {
            return;
        }
        if (!('help' in help.dataset)) {
            help.dataset.help = help.textContent;
        }
        const option = select.options[select.selectedIndex];
        help.textContent = option && option.dataset.definition ? option.dataset.definition : help.dataset.help;
    }

    // Delegated listeners: the panel's body is replaced after every change, and Jira may re-render the panel itself.
    document.addEventListener('click', function (event) {
        const target = event.target instanceof Element ? event.target : null;
        if (!target || !target.closest('.gluework-panel')) {
            return;
        }
        const toggle = target.closest('.gluework-record-toggle');
        if (toggle) {
            toggleForm(toggle, toggle.getAttribute('aria-expanded') !== 'true');
            return;
        }
        const cancel = target.closest('.gluework-cancel');
        if (cancel) {
            const panelToggle = cancel.closest('.gluework-panel').querySelector('.gluework-record-toggle');
            toggleForm(panelToggle, false);
            return;
        }
        const addLink = target.closest('.gluework-add-link');
        if (addLink) {
            addLinkInput(addLink);
            return;
        }
        const plusOne = target.closest('.gluework-corroborate');
        if (plusOne && !plusOne.disabled) {
            corroborate(plusOne);
        }
    });

    document.addEventListener('change', function (event) {
        if (event.target instanceof Element && event.target.matches('.gluework-panel .gluework-category-select')) {
            showDefinition(event.target);
        }
    });

    document.addEventListener('submit', function (event) {
        if (event.target instanceof Element && event.target.matches('.gluework-panel .gluework-record-form')) {
            event.preventDefault();
            record(event.target);
        }
    });

    window.GlueWorkPanel = {reload: reload};
}());
