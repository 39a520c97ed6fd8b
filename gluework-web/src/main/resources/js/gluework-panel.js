/*
 * Glue Work issue panel: record, corroborate, edit, retire, restore and read the history of glue without reloading
 * the page.
 *
 * Plain modern JavaScript, no bundler. Texts come from AJS.I18n.getText with a string-literal key only: Jira's jsI18n
 * transformer replaces those calls at build time, so the key must always be a string literal (the preview
 * emulates the transformer). User text never goes into HTML here: messages are set with textContent, options are
 * built with new Option(text, value), and after a change the server re-renders the panel (escaping every value) and
 * we swap that fragment in. The change history arrives the same way, as a server-rendered fragment.
 */
(function () {
    'use strict';

    if (window.GlueWorkPanel) {
        return; // already loaded by another web-resource context
    }

    const API_PATH = '/rest/gluework/1.0';
    const SEARCH_DELAY_MS = 250;
    const searchTimers = new WeakMap();

    function restBase() {
        const contextPath = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return contextPath + API_PATH;
    }

    function issueUrl(panel, suffix) {
        return restBase() + '/issues/' + encodeURIComponent(panel.dataset.issueKey) + suffix;
    }

    function contributionUrl(id, suffix) {
        return restBase() + '/contributions/' + encodeURIComponent(id) + (suffix || '');
    }

    function announce(panel, message) {
        panel.querySelector('.gluework-status').textContent = message;
    }

    /**
     * A state change as Atlassian REST accepts it: a JSON body (or none), and the XSRF header that only same-origin
     * scripts can add; JSON bodies cannot be sent cross-site by a form anyway.
     */
    function send(method, url, body) {
        const withBody = body !== undefined;
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: withBody
                ? {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
                : {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: withBody ? JSON.stringify(body) : undefined
        });
    }

    function getJson(url) {
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
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

    /** A fragment the server rendered (and escaped), parsed inertly and imported into this page. */
    async function fetchFragment(url, selector) {
        const response = await fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}});
        if (!response.ok) {
            throw new Error('Fragment request failed with status ' + response.status);
        }
        const fragment = new DOMParser().parseFromString(await response.text(), 'text/html');
        const node = fragment.querySelector(selector);
        if (!node) {
            throw new Error('The response held no ' + selector);
        }
        return document.importNode(node, true);
    }

    /** Fetches the panel fragment the server rendered and swaps it in; the status region outside it stays put. */
    async function reload(panel) {
        const freshBody = await fetchFragment(issueUrl(panel, '/panel'), '.gluework-panel .gluework-body');
        panel.querySelector('.gluework-body').replaceWith(freshBody);
        applyListState(panel);
    }

    // ---- the list: "Show all", "Show retired" (kept on the panel element, so they survive a refresh) ----------

    function applyListState(panel) {
        const showAll = panel.dataset.showAll === 'true';
        const showRetired = panel.dataset.showRetired === 'true';
        panel.querySelectorAll('.gluework-contribution.gluework-overflow').forEach(function (row) {
            row.hidden = !showAll;
        });
        panel.querySelectorAll('.gluework-contribution.gluework-retired').forEach(function (row) {
            row.hidden = !showRetired;
        });
        const allToggle = panel.querySelector('.gluework-show-all');
        if (allToggle) {
            labelToggle(allToggle, showAll, AJS.I18n.getText('gluework.js.showfewer'));
        }
        const retiredToggle = panel.querySelector('.gluework-show-retired');
        if (retiredToggle) {
            labelToggle(retiredToggle, showRetired, AJS.I18n.getText('gluework.js.hideretired'));
        }
    }

    function labelToggle(toggle, expanded, expandedLabel) {
        if (!('label' in toggle.dataset)) {
            toggle.dataset.label = toggle.textContent;
        }
        toggle.setAttribute('aria-expanded', String(expanded));
        toggle.textContent = expanded ? expandedLabel : toggle.dataset.label;
    }

    function toggleList(toggle, stateName) {
        const panel = toggle.closest('.gluework-panel');
        panel.dataset[stateName] = String(toggle.getAttribute('aria-expanded') !== 'true');
        applyListState(panel);
    }

    // ---- errors ------------------------------------------------------------------------------------------------

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
            const control = index && controls.length > 1 ? controls[Number(index[1])] : controls[0];
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

    async function refreshAfterChange(panel, message, focusSelector) {
        try {
            await reload(panel);
            announce(panel, message);
            const target = panel.querySelector(focusSelector || '.gluework-record-toggle');
            if (target) {
                target.focus();
            }
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.reloadfailed'));
        }
    }

    // ---- the record / edit form --------------------------------------------------------------------------------

    function ensureOption(select, value, text) {
        const existing = Array.from(select.options).find(function (option) { return option.value === value; });
        if (existing) {
            return existing;
        }
        const option = new Option(text, value); // text, never markup
        select.add(option);
        return option;
    }

    function linkInputs(form) {
        return form.querySelectorAll('input[name="evidenceLinks"]');
    }

    function draftOf(form) {
        const links = Array.from(linkInputs(form))
            .map(function (input) { return input.value.trim(); })
            .filter(function (value) { return value !== ''; });
        return {
            categoryKey: form.elements.categoryKey.value,
            contributorKey: form.elements.contributorKey.value || null,
            summary: form.elements.summary.value,
            impact: form.elements.impact.value,
            beneficiaryKeys: Array.from(form.elements.beneficiaryKeys.selectedOptions).map(function (o) { return o.value; }),
            evidenceLinks: links,
            occurredOn: form.elements.occurredOn.value || null
        };
    }

    function addLinkInput(group, focus) {
        const inputs = group.querySelectorAll('input[name="evidenceLinks"]');
        const max = Number(group.dataset.maxLinks) || 1;
        if (inputs.length >= max) {
            return null;
        }
        const input = inputs[0].cloneNode(false);
        input.removeAttribute('id');
        input.removeAttribute('aria-invalid');
        input.value = '';
        input.setAttribute('aria-label', AJS.I18n.getText('gluework.js.evidence.label') + ' ' + (inputs.length + 1));
        inputs[inputs.length - 1].after(input);
        if (focus) {
            input.focus();
        }
        group.querySelector('.gluework-add-link').hidden = inputs.length + 1 >= max;
        return input;
    }

    function setLinks(form, links) {
        const group = form.querySelector('.gluework-evidence-group');
        linkInputs(form).forEach(function (input, i) {
            if (i > 0) {
                input.remove();
            }
        });
        group.querySelector('.gluework-add-link').hidden = false;
        linkInputs(form)[0].value = links.length ? links[0] : '';
        links.slice(1).forEach(function (link) {
            const input = addLinkInput(group, false);
            if (input) {
                input.value = link;
            }
        });
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

    function setEditMode(form, contribution) {
        const title = form.querySelector('.gluework-form-title');
        const save = form.querySelector('.gluework-save');
        if (!('recordTitle' in form.dataset)) {
            form.dataset.recordTitle = title.textContent;
            form.dataset.recordSave = save.textContent;
        }
        if (contribution) {
            form.dataset.contributionId = String(contribution.id);
            form.dataset.version = String(contribution.version);
            title.textContent = AJS.I18n.getText('gluework.js.edit.title');
            save.textContent = AJS.I18n.getText('gluework.js.edit.save');
        } else {
            delete form.dataset.contributionId;
            delete form.dataset.version;
            title.textContent = form.dataset.recordTitle;
            save.textContent = form.dataset.recordSave;
        }
    }

    /** Puts a contribution (a ContributionDto) into the form; names arrive as text and become option text. */
    function fillForm(form, contribution) {
        const panel = form.closest('.gluework-panel');
        const category = form.elements.categoryKey;
        ensureOption(category, contribution.category.key, contribution.category.name);
        category.value = contribution.category.key;
        showDefinition(category);
        const who = form.elements.contributorKey;
        if (contribution.contributor.key === panel.dataset.currentUser) {
            who.value = '';
        } else {
            ensureOption(who, contribution.contributor.key, contribution.contributor.displayName);
            who.value = contribution.contributor.key;
        }
        form.elements.summary.value = contribution.summary;
        form.elements.impact.value = contribution.impact || '';
        const beneficiaries = form.elements.beneficiaryKeys;
        const chosen = new Set(contribution.beneficiaries.map(function (person) { return person.key; }));
        contribution.beneficiaries.forEach(function (person) {
            ensureOption(beneficiaries, person.key, person.displayName);
        });
        Array.from(beneficiaries.options).forEach(function (option) {
            option.selected = chosen.has(option.value);
        });
        setLinks(form, contribution.evidenceLinks);
        form.elements.occurredOn.value = contribution.occurredOn;
        form.dataset.version = String(contribution.version);
    }

    function showConflict(form, message) {
        const conflict = form.querySelector('.gluework-conflict');
        const text = conflict.querySelector('.gluework-conflict-text');
        if (!('text' in text.dataset)) {
            text.dataset.text = text.textContent;
        }
        text.textContent = message || text.dataset.text;
        conflict.hidden = false;
        conflict.querySelector('.gluework-reload-contribution').focus();
    }

    function resetForm(form) {
        form.reset();
        clearErrors(form);
        setLinks(form, []);
        form.querySelector('.gluework-conflict').hidden = true;
        delete form.dataset.conflicted;
        setEditMode(form, null);
        showDefinition(form.elements.categoryKey);
    }

    function openForm(panel, form) {
        const toggle = panel.querySelector('.gluework-record-toggle');
        form.hidden = false;
        if (toggle) {
            toggle.setAttribute('aria-expanded', 'true');
        }
        form.elements.categoryKey.focus();
        if (typeof form.scrollIntoView === 'function') {
            form.scrollIntoView({block: 'nearest'});
        }
    }

    function closeForm(panel, form) {
        const conflicted = form.dataset.conflicted === 'true';
        resetForm(form);
        form.hidden = true;
        const toggle = panel.querySelector('.gluework-record-toggle');
        if (toggle) {
            toggle.setAttribute('aria-expanded', 'false');
            toggle.focus();
        }
        if (conflicted) {
            // The rows still show what the user saw before someone else's change; show the current state.
            reload(panel).catch(function () {
                announce(panel, AJS.I18n.getText('gluework.js.reloadfailed'));
            });
        }
    }

    async function submitForm(form) {
        const panel = form.closest('.gluework-panel');
        const save = form.querySelector('.gluework-save');
        if (save.disabled) {
            return;
        }
        save.disabled = true;
        clearErrors(form);
        announce(panel, AJS.I18n.getText('gluework.js.saving'));
        const editing = 'contributionId' in form.dataset;
        try {
            const draft = draftOf(form);
            let response;
            if (editing) {
                draft.version = Number(form.dataset.version);
                response = await send('PUT', contributionUrl(form.dataset.contributionId), draft);
            } else {
                response = await send('POST', issueUrl(panel, '/contributions'), draft);
            }
            if (!response.ok) {
                const errors = await errorsOf(response);
                if (editing && response.status === 409) {
                    // Stale or retired meanwhile: keep every typed value and say what to do next.
                    form.dataset.conflicted = 'true';
                    const stale = errors.length === 0 || errors[0].field === 'version';
                    showConflict(form, stale ? null : errors[0].message);
                    announce(panel, stale ? form.querySelector('.gluework-conflict-text').textContent : errors[0].message);
                } else {
                    showErrors(panel, form, errors);
                }
                return;
            }
            await refreshAfterChange(panel, editing ? AJS.I18n.getText('gluework.js.edited') : AJS.I18n.getText('gluework.js.saved'));
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.failed'));
        } finally {
            save.disabled = false;
        }
    }

    async function loadContribution(panel, id) {
        const response = await getJson(contributionUrl(id));
        if (!response.ok) {
            showErrors(panel, null, await errorsOf(response));
            return null;
        }
        return response.json();
    }

    async function openEdit(button) {
        const panel = button.closest('.gluework-panel');
        const row = button.closest('.gluework-contribution');
        const form = panel.querySelector('.gluework-record-form');
        closeActionMenus(panel, null);
        try {
            const contribution = await loadContribution(panel, row.dataset.contributionId);
            if (!contribution) {
                return;
            }
            resetForm(form);
            setEditMode(form, contribution);
            fillForm(form, contribution);
            openForm(panel, form);
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.loadfailed'));
        }
    }

    /** After a 409: the user asked for the stored version, so it replaces what they typed (and its version is current). */
    async function reloadIntoForm(button) {
        const panel = button.closest('.gluework-panel');
        const form = button.closest('.gluework-record-form');
        try {
            const contribution = await loadContribution(panel, form.dataset.contributionId);
            if (!contribution) {
                return;
            }
            clearErrors(form);
            fillForm(form, contribution);
            form.querySelector('.gluework-conflict').hidden = true;
            announce(panel, AJS.I18n.getText('gluework.js.conflict.reloaded'));
            form.elements.categoryKey.focus();
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.loadfailed'));
        }
    }

    // ---- people search for the pickers -------------------------------------------------------------------------

    function scheduleSearch(input) {
        window.clearTimeout(searchTimers.get(input));
        searchTimers.set(input, window.setTimeout(function () { searchPeople(input); }, SEARCH_DELAY_MS));
    }

    async function searchPeople(input) {
        const panel = input.closest('.gluework-panel');
        const select = document.getElementById(input.dataset.glueworkPicker);
        const query = input.value.trim();
        if (!select || query === '') {
            return;
        }
        try {
            const response = await getJson(restBase() + '/people?query=' + encodeURIComponent(query));
            if (!response.ok) {
                showErrors(panel, null, await errorsOf(response));
                return;
            }
            const people = await response.json();
            if (input.value.trim() !== query) {
                return; // a newer search is on its way
            }
            const isWhoPicker = !select.multiple;
            people.forEach(function (person) {
                // In "who did it", the viewer is the "Me" option already.
                if (!(isWhoPicker && person.key === panel.dataset.currentUser)) {
                    ensureOption(select, person.key, person.displayName);
                }
            });
            announce(panel, people.length ? AJS.I18n.getText('gluework.js.people.found', people.length)
                : AJS.I18n.getText('gluework.js.people.none'));
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.failed'));
        }
    }

    // ---- per contribution: +1, withdraw, retire, restore, history, the actions menu ---------------------------

    function rowOf(element) {
        return element.closest('.gluework-contribution');
    }

    function toggleCorroborateForm(toggle, open) {
        const form = document.getElementById(toggle.getAttribute('aria-controls'));
        if (!form) {
            return;
        }
        form.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        if (open) {
            form.elements.note.focus();
        } else {
            form.reset();
            clearErrors(form);
            toggle.focus();
        }
    }

    async function corroborate(form) {
        const panel = form.closest('.gluework-panel');
        const save = form.querySelector('.gluework-corroborate-save');
        if (save.disabled) {
            return;
        }
        save.disabled = true;
        clearErrors(form);
        try {
            const response = await send('POST', contributionUrl(rowOf(form).dataset.contributionId, '/corroborations'),
                {note: form.elements.note.value});
            if (!response.ok) {
                showErrors(panel, form, await errorsOf(response));
                return;
            }
            await refreshAfterChange(panel, AJS.I18n.getText('gluework.js.corroborated'));
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.failed'));
        } finally {
            save.disabled = false;
        }
    }

    /** Withdraw, retire and restore: one request, then the panel re-rendered by the server. */
    async function changeRow(button, method, suffix, body, message) {
        const panel = button.closest('.gluework-panel');
        closeActionMenus(panel, null);
        button.disabled = true;
        try {
            const response = await send(method, contributionUrl(rowOf(button).dataset.contributionId, suffix), body);
            if (response.status === 409) {
                // Someone changed it meanwhile: show what it is now, and say why nothing happened.
                const errors = await errorsOf(response);
                await refreshAfterChange(panel, errors.length ? errors[0].message : AJS.I18n.getText('gluework.js.failed'));
                return;
            }
            if (!response.ok) {
                button.disabled = false;
                showErrors(panel, null, await errorsOf(response));
                return;
            }
            await refreshAfterChange(panel, message);
        } catch (e) {
            button.disabled = false;
            announce(panel, AJS.I18n.getText('gluework.js.failed'));
        }
    }

    // ---- possible glue (suggestions): "Record" prefills the form, "Not glue" dismisses for everyone ------------

    function suggestionOf(button) {
        return button.closest('.gluework-suggestion');
    }

    /**
     * Opens the record form filled in from the suggestion: its person (left empty when it is the viewer, so it is
     * their own glue, not a peer observation), category, summary, evidence links and day. Everything stays editable.
     * Values come from data attributes the server escaped, and go into form fields, never into markup.
     */
    function recordSuggestion(button) {
        const panel = button.closest('.gluework-panel');
        const item = suggestionOf(button);
        const form = document.getElementById(button.getAttribute('aria-controls'));
        if (!form || !item) {
            return;
        }
        resetForm(form);
        const data = item.dataset;
        const category = form.elements.categoryKey;
        ensureOption(category, data.categoryKey, data.categoryName);
        category.value = data.categoryKey;
        showDefinition(category);
        const who = form.elements.contributorKey;
        if (data.forViewer === 'true' || data.personKey === panel.dataset.currentUser) {
            who.value = '';
        } else {
            ensureOption(who, data.personKey, data.personName);
            who.value = data.personKey;
        }
        form.elements.summary.value = data.summary;
        setLinks(form, Array.from(item.querySelectorAll('.gluework-suggestion-link')).map(function (a) {
            return a.getAttribute('href');
        }).filter(function (href, i, all) { return all.indexOf(href) === i; }));
        form.elements.occurredOn.value = data.occurredOn;
        openForm(panel, form);
        announce(panel, AJS.I18n.getText('gluework.js.suggestion.prefilled'));
    }

    /** "Not glue": one idempotent PUT, then the panel re-rendered by the server without the suggestion. */
    async function dismissSuggestion(button) {
        const panel = button.closest('.gluework-panel');
        button.disabled = true;
        try {
            const response = await send('PUT', issueUrl(panel, '/suggestions/'
                + encodeURIComponent(suggestionOf(button).dataset.suggestionId) + '/dismissal'));
            if (!response.ok && response.status !== 404) {
                button.disabled = false;
                showErrors(panel, null, await errorsOf(response));
                return;
            }
            // 404: recorded or gone meanwhile; the fresh panel shows what is true now.
            await refreshAfterChange(panel, AJS.I18n.getText('gluework.js.suggestion.dismissed'));
        } catch (e) {
            button.disabled = false;
            announce(panel, AJS.I18n.getText('gluework.js.failed'));
        }
    }

    function versionOf(button) {
        return {version: Number(rowOf(button).dataset.version)};
    }

    async function toggleHistory(button) {
        const panel = button.closest('.gluework-panel');
        const container = document.getElementById(button.getAttribute('aria-controls'));
        closeActionMenus(panel, null);
        if (button.getAttribute('aria-expanded') === 'true') {
            container.hidden = true;
            button.setAttribute('aria-expanded', 'false');
            return;
        }
        try {
            const history = await fetchFragment(contributionUrl(rowOf(button).dataset.contributionId, '/history'),
                '.gluework-history-fragment');
            container.replaceChildren(history);
            container.hidden = false;
            container.tabIndex = -1;
            button.setAttribute('aria-expanded', 'true');
            container.focus();
        } catch (e) {
            announce(panel, AJS.I18n.getText('gluework.js.failed'));
        }
    }

    function toggleActions(toggle, open) {
        const menu = document.getElementById(toggle.getAttribute('aria-controls'));
        if (!menu) {
            return;
        }
        menu.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        if (open) {
            const first = menu.querySelector('button');
            if (first) {
                first.focus();
            }
        }
    }

    function closeActionMenus(scope, except) {
        scope.querySelectorAll('.gluework-actions-toggle[aria-expanded="true"]').forEach(function (toggle) {
            if (toggle !== except) {
                toggleActions(toggle, false);
            }
        });
    }

    function toggleCorroborationDetails(toggle) {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.closest('.gluework-corroborations').classList.toggle('gluework-open', open);
    }

    function openDefinitions(link) {
        const definitions = document.getElementById(link.getAttribute('href').slice(1));
        if (definitions) {
            definitions.open = true;
            definitions.querySelector('summary').focus();
        }
    }

    // Delegated listeners: the panel's body is replaced after every change, and Jira may re-render the panel itself.
    const clickActions = [
        ['.gluework-record-toggle', function (toggle) {
            const panel = toggle.closest('.gluework-panel');
            const form = document.getElementById(toggle.getAttribute('aria-controls'));
            if (form && toggle.getAttribute('aria-expanded') !== 'true') {
                resetForm(form);
                openForm(panel, form);
            } else if (form) {
                closeForm(panel, form);
            }
        }],
        ['.gluework-cancel', function (cancel) {
            closeForm(cancel.closest('.gluework-panel'), cancel.closest('.gluework-record-form'));
        }],
        ['.gluework-add-link', function (button) { addLinkInput(button.closest('.gluework-evidence-group'), true); }],
        ['.gluework-reload-contribution', reloadIntoForm],
        ['.gluework-corroborate', function (toggle) {
            toggleCorroborateForm(toggle, toggle.getAttribute('aria-expanded') !== 'true');
        }],
        ['.gluework-corroborate-cancel', function (cancel) {
            const form = cancel.closest('.gluework-corroborate-form');
            toggleCorroborateForm(rowOf(form).querySelector('.gluework-corroborate'), false);
        }],
        ['.gluework-withdraw', function (button) {
            changeRow(button, 'DELETE', '/corroborations/mine', undefined, AJS.I18n.getText('gluework.js.withdrawn'));
        }],
        ['.gluework-actions-toggle', function (toggle) {
            closeActionMenus(toggle.closest('.gluework-panel'), toggle);
            toggleActions(toggle, toggle.getAttribute('aria-expanded') !== 'true');
        }],
        ['.gluework-edit', openEdit],
        ['.gluework-retire', function (button) {
            changeRow(button, 'POST', '/retire', versionOf(button), AJS.I18n.getText('gluework.js.retired'));
        }],
        ['.gluework-restore', function (button) {
            changeRow(button, 'POST', '/restore', versionOf(button), AJS.I18n.getText('gluework.js.restored'));
        }],
        ['.gluework-history-toggle', toggleHistory],
        ['.gluework-corroboration-toggle', toggleCorroborationDetails],
        ['.gluework-suggestion-record', recordSuggestion],
        ['.gluework-suggestion-dismiss', dismissSuggestion],
        ['.gluework-show-all', function (toggle) { toggleList(toggle, 'showAll'); }],
        ['.gluework-show-retired', function (toggle) { toggleList(toggle, 'showRetired'); }]
    ];

    document.addEventListener('click', function (event) {
        const target = event.target instanceof Element ? event.target : null;
        const panel = target ? target.closest('.gluework-panel') : null;
        if (!target || !target.closest('.gluework-actions, .gluework-actions-toggle')) {
            // A click anywhere else closes an open actions menu, as AUI dropdowns do.
            document.querySelectorAll('.gluework-panel').forEach(function (other) {
                closeActionMenus(other, null);
            });
        }
        if (!panel) {
            return;
        }
        const definitionsLink = target.closest('.gluework-definitions-link');
        if (definitionsLink) {
            openDefinitions(definitionsLink);
            return;
        }
        for (const [selector, action] of clickActions) {
            const element = target.closest(selector);
            if (element && !element.disabled) {
                action(element);
                return;
            }
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape' || !(event.target instanceof Element)) {
            return;
        }
        const menu = event.target.closest('.gluework-panel .gluework-actions');
        if (menu) {
            const toggle = document.querySelector('[aria-controls="' + CSS.escape(menu.id) + '"]');
            toggleActions(toggle, false);
            toggle.focus();
            return;
        }
        const corroborateForm = event.target.closest('.gluework-panel .gluework-corroborate-form');
        if (corroborateForm) {
            toggleCorroborateForm(rowOf(corroborateForm).querySelector('.gluework-corroborate'), false);
        }
    });

    document.addEventListener('change', function (event) {
        if (event.target instanceof Element && event.target.matches('.gluework-panel .gluework-category-select')) {
            showDefinition(event.target);
        }
    });

    document.addEventListener('input', function (event) {
        if (event.target instanceof Element && event.target.matches('.gluework-panel .gluework-people-search')) {
            scheduleSearch(event.target);
        }
    });

    document.addEventListener('submit', function (event) {
        if (!(event.target instanceof Element)) {
            return;
        }
        if (event.target.matches('.gluework-panel .gluework-record-form')) {
            event.preventDefault();
            submitForm(event.target);
        } else if (event.target.matches('.gluework-panel .gluework-corroborate-form')) {
            event.preventDefault();
            corroborate(event.target);
        }
    });

    window.GlueWorkPanel = {reload: reload};
}());
