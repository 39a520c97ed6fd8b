/*
 * Glue Work "My glue": saves the week's glue note through the REST API (PUT /myself/notes/{week}) with the version the
 * page was rendered at, then reloads the page so the note list and timeline show what is stored.
 *
 * Plain modern JavaScript, no bundler, no inline script (the page's CSP forbids it): the form is found by its class.
 * The save button is rendered disabled and enabled here, so without this script nobody types a note that cannot be
 * saved. Texts come from AJS.I18n.getText with string-literal keys (Jira's jsI18n transformer; the preview emulates
 * it). Messages are set with textContent only.
 */
(function () {
    'use strict';

    if (window.GlueWorkMyGlue) {
        return;
    }
    window.GlueWorkMyGlue = true;

    const API_PATH = '/rest/gluework/1.0';

    function restBase() {
        const contextPath = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return contextPath + API_PATH;
    }

    function announce(form, message) {
        form.querySelector('.gluework-myglue-status').textContent = message;
    }

    async function errorsOf(response) {
        try {
            const body = await response.json();
            return Array.isArray(body.errors) ? body.errors : [];
        } catch (e) {
            return [];
        }
    }

    /** Marks the inputs a 400 names (bullets[i] is the i-th line input) and says what is wrong. */
    function showErrors(form, lines, errors) {
        const messages = [];
        errors.forEach(function (error) {
            const match = /^bullets\[(\d+)]$/.exec(error.field || '');
            if (match && lines[Number(match[1])]) {
                lines[Number(match[1])].setAttribute('aria-invalid', 'true');
            } else if (error.field === 'bullets' && lines[0]) {
                lines[0].setAttribute('aria-invalid', 'true');
            }
            messages.push(error.message);
        });
        announce(form, messages.length ? messages.join(' ') : AJS.I18n.getText('gluework.myglue.js.invalid'));
    }

    async function save(form) {
        const lines = Array.prototype.slice.call(form.querySelectorAll('.gluework-myglue-line'));
        lines.forEach(function (input) {
            input.removeAttribute('aria-invalid');
        });
        const visibility = form.querySelector('input[name="visibility"]:checked');
        const version = form.dataset.version;
        const body = {
            bullets: lines.map(function (input) {
                return input.value;
            }),
            visibility: visibility ? visibility.value : 'TEAM',
            version: version === '' ? null : Number(version)
        };
        announce(form, AJS.I18n.getText('gluework.myglue.js.saving'));
        let response;
        try {
            response = await fetch(restBase() + '/myself/notes/' + encodeURIComponent(form.dataset.week), {
                method: 'PUT',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
                body: JSON.stringify(body)
            });
        } catch (e) {
            announce(form, AJS.I18n.getText('gluework.myglue.js.failed'));
            return;
        }
        if (response.ok) {
            const note = await response.json();
            form.dataset.version = String(note.version);
            announce(form, AJS.I18n.getText('gluework.myglue.js.saved'));
            window.location.reload();
        } else if (response.status === 409) {
            announce(form, AJS.I18n.getText('gluework.myglue.js.conflict'));
        } else if (response.status === 400) {
            showErrors(form, lines, await errorsOf(response));
        } else {
            const errors = await errorsOf(response);
            announce(form, errors.length ? errors[0].message : AJS.I18n.getText('gluework.myglue.js.failed'));
        }
    }

    function init() {
        document.querySelectorAll('form.gluework-myglue-note').forEach(function (form) {
            const button = form.querySelector('.gluework-myglue-save');
            if (button) {
                button.disabled = false;
            }
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                save(form);
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
