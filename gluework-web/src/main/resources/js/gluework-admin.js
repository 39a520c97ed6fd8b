/*
 * Glue Work admin page: what counts as glue. Reads the definitions from the REST API and builds the page from them:
 * the settings (hero threshold, leads' group), one category set (the instance set, or a project's own) with move,
 * deactivate/reactivate and edit, a form to add a category, and the career rubric with its three level descriptions.
 *
 * Every stored text reaches the page through textContent or a form field's value, never as HTML. Every change sends
 * the version it was based on; the server answers 409 when someone else changed it meanwhile, and 400 naming the
 * field, which is shown next to the status. After every change the page is rebuilt from the server's answer.
 * Texts come from AJS.I18n.getText with string-literal keys (Jira's jsI18n transformer, and the preview's copy of it).
 */
(function () {
    'use strict';

    function el(tag, attributes, children) {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(function (entry) {
            if (entry[1] === true) {
                node.setAttribute(entry[0], '');
            } else if (entry[1] !== false && entry[1] !== null && entry[1] !== undefined) {
                node.setAttribute(entry[0], String(entry[1]));
            }
        });
        (children || []).forEach(function (child) {
            node.append(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    function Admin(root) {
        this.root = root;
        this.base = root.getAttribute('data-rest-base');
        this.projectKey = root.getAttribute('data-project-key') || '';
        this.status = root.querySelector('.gluework-admin-status');
        this.body = root.querySelector('.gluework-admin-body');
        this.uid = 0;
    }

    Admin.prototype.id = function (name) {
        this.uid += 1;
        return 'gluework-admin-' + name + '-' + this.uid;
    };

    Admin.prototype.request = async function (method, path, body) {
        const response = await fetch(this.base + path, {
            method: method,
            credentials: 'same-origin',
            headers: body === undefined
                ? {'Accept': 'application/json'}
                : {'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        let json = null;
        try {
            json = await response.json();
        } catch (e) {
            json = null;
        }
        return {ok: response.ok, status: response.status, json: json};
    };

    Admin.prototype.load = async function () {
        const query = this.projectKey ? '?projectKey=' + encodeURIComponent(this.projectKey) : '';
        const answer = await this.request('GET', '/definitions' + query);
        if (!answer.ok) {
            this.showErrors(answer, AJS.I18n.getText('gluework.admin.loadfailed'));
            return;
        }
        this.render(answer.json);
    };

    /** Sends one change; on success reloads the page's data and says so, otherwise shows the server's reasons. */
    Admin.prototype.change = async function (method, path, body) {
        this.status.replaceChildren(); // at once, before waiting: what is shown next is this change's outcome
        const answer = await this.request(method, path, body);
        if (!answer.ok) {
            this.showErrors(answer, AJS.I18n.getText('gluework.admin.failed'));
            return false;
        }
        await this.load();
        this.say('success', [AJS.I18n.getText('gluework.admin.saved')]);
        return true;
    };

    Admin.prototype.showErrors = function (answer, headline) {
        const errors = answer.json && Array.isArray(answer.json.errors) ? answer.json.errors : [];
        const lines = errors.map(function (e) {
            return e.field + ': ' + e.message;
        });
        this.say('error', [headline].concat(lines.length ? lines : ['HTTP ' + answer.status]));
    };

    Admin.prototype.say = function (kind, lines) {
        const message = el('div', {'class': 'aui-message aui-message-' + kind + ' gluework-admin-message'},
            lines.map(function (line) {
                return el('p', {}, [line]);
            }));
        this.status.replaceChildren(message);
    };

    Admin.prototype.render = function (definitions) {
        this.definitions = definitions;
        const parts = [];
        if (!definitions.canAdminister && !definitions.canEditCategories) {
            parts.push(el('div', {'class': 'aui-message aui-message-info gluework-admin-readonly'},
                [el('p', {}, [AJS.I18n.getText('gluework.admin.readonly')])]));
        }
        parts.push(this.settingsSection(definitions));
        parts.push(this.categoriesSection(definitions));
        parts.push(this.rubricSection(definitions));
        this.body.replaceChildren.apply(this.body, parts);
    };

    Admin.prototype.field = function (name, label, value, options) {
        const opts = options || {};
        const id = this.id(name);
        let input;
        if (opts.choices) {
            input = el('select', {'class': 'select', id: id, name: name, disabled: opts.disabled},
                opts.choices.map(function (choice) {
                    return el('option', {value: choice, selected: choice === value}, [choice]);
                }));
        } else if (opts.multiline) {
            input = el('textarea', {'class': 'textarea', id: id, name: name, rows: 2, disabled: opts.disabled});
            input.value = value || '';
        } else {
            input = el('input', {'class': 'text' + (opts.short ? ' short-field' : ''), type: opts.type || 'text', id: id,
                name: name, min: opts.min, max: opts.max, required: opts.required, disabled: opts.disabled,
                'aria-describedby': opts.description ? id + '-desc' : null});
            input.value = value === null || value === undefined ? '' : String(value);
        }
        const children = [el('label', {'for': id}, [label]), input];
        if (opts.description) {
            children.push(el('div', {'class': 'description', id: id + '-desc'}, [opts.description]));
        }
        return el('div', {'class': 'field-group'}, children);
    };

    Admin.prototype.settingsSection = function (definitions) {
        const self = this;
        const settings = definitions.settings;
        const readOnly = !definitions.canAdminister;
        const form = el('form', {'class': 'aui gluework-admin-settings'}, [
            this.field('heroThresholdPercent', AJS.I18n.getText('gluework.admin.settings.hero'), settings.heroThresholdPercent,
                {type: 'number', min: 1, max: 100, short: true, required: true, disabled: readOnly,
                    description: AJS.I18n.getText('gluework.admin.settings.hero.desc')}),
            this.field('leadGroup', AJS.I18n.getText('gluework.admin.settings.leads'), settings.leadGroup,
                {disabled: readOnly, description: AJS.I18n.getText('gluework.admin.settings.leads.desc')})
        ]);
        if (!readOnly) {
            form.append(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {'class': 'aui-button aui-button-primary gluework-admin-settings-save', type: 'submit'},
                    [AJS.I18n.getText('gluework.admin.settings.save')])])]));
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                const percent = Number.parseInt(form.elements.heroThresholdPercent.value, 10);
                self.change('PUT', '/definitions/settings', {
                    heroThresholdPercent: Number.isNaN(percent) ? null : percent,
                    leadGroup: form.elements.leadGroup.value,
                    version: settings.version
                });
            });
        }
        return el('section', {'class': 'gluework-admin-section'}, [
            el('h2', {}, [AJS.I18n.getText('gluework.admin.settings')]), form]);
    };

    Admin.prototype.dimensionNames = function () {
        return this.definitions.rubric.map(function (d) {
            return d.name;
        });
    };

    Admin.prototype.categoryFields = function (category, withKey) {
        const fields = [];
        if (withKey) {
            fields.push(this.field('key', AJS.I18n.getText('gluework.admin.field.key'), '', {required: true,
                description: AJS.I18n.getText('gluework.admin.field.key.desc')}));
        }
        fields.push(this.field('name', AJS.I18n.getText('gluework.admin.field.name'), category.name, {required: true}));
        fields.push(this.field('definition', AJS.I18n.getText('gluework.admin.field.definition'), category.definition,
            {required: true}));
        fields.push(this.field('examples', AJS.I18n.getText('gluework.admin.field.examples'), category.examples,
            {multiline: true}));
        fields.push(this.field('rubricDimension', AJS.I18n.getText('gluework.admin.field.dimension'),
            category.rubricDimension, {choices: this.dimensionNames()}));
        return fields;
    };

    function categoryBody(form) {
        return {
            name: form.elements.name.value,
            definition: form.elements.definition.value,
            examples: form.elements.examples.value,
            rubricDimension: form.elements.rubricDimension.value
        };
    }

    Admin.prototype.categoriesSection = function (definitions) {
        const self = this;
        const canAdminister = definitions.canEditCategories;
        const section = el('section', {'class': 'gluework-admin-section gluework-admin-categories'},
            [el('h2', {}, [AJS.I18n.getText('gluework.admin.categories')])]);

        const setForm = el('form', {'class': 'aui gluework-admin-set', method: 'get'}, [
            this.field('projectKey', AJS.I18n.getText('gluework.admin.categories.set'), definitions.projectKey || '',
                {short: true, description: AJS.I18n.getText('gluework.admin.categories.set.desc')}),
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {'class': 'aui-button', type: 'submit'}, [AJS.I18n.getText('gluework.admin.categories.set.show')])])])
        ]);
        section.append(setForm);
        let setNote;
        if (!definitions.projectKey) {
            setNote = AJS.I18n.getText('gluework.admin.categories.instance');
        } else if (definitions.categories.length === 0) {
            setNote = AJS.I18n.getText('gluework.admin.categories.projectempty', definitions.projectKey);
        } else {
            setNote = AJS.I18n.getText('gluework.admin.categories.project', definitions.projectKey);
        }
        section.append(el('p', {'class': 'gluework-admin-set-note'}, [setNote]));

        const rows = definitions.categories.map(function (category, index) {
            return self.categoryRow(category, index, definitions.categories.length, canAdminister);
        });
        const headers = ['order', 'name', 'key', 'definition', 'dimension', 'state'].map(function (name) {
            return el('th', {scope: 'col'}, [columnTitle(name)]);
        });
        if (canAdminister) {
            headers.push(el('th', {scope: 'col'}, [AJS.I18n.getText('gluework.admin.col.actions')]));
        }
        section.append(el('table', {'class': 'aui gluework-admin-category-table'}, [
            el('caption', {'class': 'assistive'}, [AJS.I18n.getText('gluework.admin.categories.caption')]),
            el('thead', {}, [el('tr', {}, headers)]),
            el('tbody', {}, rows)
        ]));

        if (canAdminister) {
            const add = el('form', {'class': 'aui gluework-admin-add-category'},
                this.categoryFields({name: '', definition: '', examples: '', rubricDimension: this.dimensionNames()[0]}, true));
            add.append(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {'class': 'aui-button aui-button-primary', type: 'submit'}, [AJS.I18n.getText('gluework.admin.category.add')])])]));
            add.addEventListener('submit', function (event) {
                event.preventDefault();
                const body = categoryBody(add);
                body.key = add.elements.key.value;
                const query = definitions.projectKey ? '?projectKey=' + encodeURIComponent(definitions.projectKey) : '';
                self.change('POST', '/definitions/categories' + query, body);
            });
            section.append(el('h3', {}, [AJS.I18n.getText('gluework.admin.category.add')]), add);
        }
        return section;
    };

    function columnTitle(name) {
        switch (name) {
            case 'order': return AJS.I18n.getText('gluework.admin.col.order');
            case 'name': return AJS.I18n.getText('gluework.admin.col.name');
            case 'key': return AJS.I18n.getText('gluework.admin.col.key');
            case 'definition': return AJS.I18n.getText('gluework.admin.col.definition');
            case 'dimension': return AJS.I18n.getText('gluework.admin.col.dimension');
            default: return AJS.I18n.getText('gluework.admin.col.state');
        }
    }

    Admin.prototype.categoryRow = function (category, index, count, canAdminister) {
        const self = this;
        const path = '/definitions/categories/' + encodeURIComponent(category.key);
        const state = category.active
            ? el('span', {'class': 'aui-lozenge aui-lozenge-success'}, [AJS.I18n.getText('gluework.admin.state.active')])
            : el('span', {'class': 'aui-lozenge'}, [AJS.I18n.getText('gluework.admin.state.inactive')]);
        const cells = [
            el('td', {}, [String(index + 1)]),
            el('th', {scope: 'row', 'class': 'gluework-admin-category-name'}, [category.name]),
            el('td', {}, [el('code', {}, [category.key])]),
            el('td', {}, [category.definition]),
            el('td', {}, [category.rubricDimension]),
            el('td', {}, [state])
        ];
        if (canAdminister) {
            const actions = el('div', {'class': 'aui-buttons gluework-admin-actions'});
            const button = function (text, label, cssClass, disabled, onClick) {
                const b = el('button', {'class': 'aui-button ' + cssClass, type: 'button', 'aria-label': label,
                    disabled: disabled}, [text]);
                b.addEventListener('click', onClick);
                actions.append(b);
            };
            button('Up', AJS.I18n.getText('gluework.admin.up', category.name), 'gluework-admin-up', index === 0, function () {
                self.change('POST', path + '/state', {direction: 'up', version: category.version});
            });
            button('Down', AJS.I18n.getText('gluework.admin.down', category.name), 'gluework-admin-down', index === count - 1,
                function () {
                    self.change('POST', path + '/state', {direction: 'down', version: category.version});
                });
            const toggleText = category.active ? AJS.I18n.getText('gluework.admin.deactivate')
                : AJS.I18n.getText('gluework.admin.reactivate');
            button(toggleText, toggleText + ' ' + category.name, 'gluework-admin-toggle', false, function () {
                self.change('POST', path + '/state', {active: !category.active, version: category.version});
            });
            const edit = el('form', {'class': 'aui gluework-admin-edit-category'}, this.categoryFields(category, false));
            edit.append(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {'class': 'aui-button aui-button-primary', type: 'submit'}, [AJS.I18n.getText('gluework.admin.save')])])]));
            edit.addEventListener('submit', function (event) {
                event.preventDefault();
                const body = categoryBody(edit);
                body.version = category.version;
                self.change('PUT', path, body);
            });
            const details = el('details', {'class': 'gluework-admin-edit'}, [
                el('summary', {}, [AJS.I18n.getText('gluework.admin.edit')]), edit]);
            cells.push(el('td', {}, [actions, details]));
        }
        return el('tr', {'data-key': category.key, 'class': category.active ? '' : 'gluework-admin-inactive'}, cells);
    };

    Admin.prototype.dimensionFields = function (dimension) {
        return [
            this.field('name', AJS.I18n.getText('gluework.admin.field.name'), dimension.name, {required: true}),
            this.field('seniorIc', AJS.I18n.getText('gluework.admin.field.senioric'), dimension.seniorIc, {multiline: true}),
            this.field('staff', AJS.I18n.getText('gluework.admin.field.staff'), dimension.staff, {multiline: true}),
            this.field('manager', AJS.I18n.getText('gluework.admin.field.manager'), dimension.manager, {multiline: true})
        ];
    };

    function dimensionBody(form) {
        return {
            name: form.elements.name.value,
            seniorIc: form.elements.seniorIc.value,
            staff: form.elements.staff.value,
            manager: form.elements.manager.value
        };
    }

    Admin.prototype.rubricSection = function (definitions) {
        const self = this;
        const section = el('section', {'class': 'gluework-admin-section gluework-admin-rubric'}, [
            el('h2', {}, [AJS.I18n.getText('gluework.admin.rubric')]),
            el('p', {}, [AJS.I18n.getText('gluework.admin.rubric.intro')])]);
        definitions.rubric.forEach(function (dimension) {
            const levels = el('dl', {'class': 'gluework-admin-levels'}, [
                el('dt', {}, [AJS.I18n.getText('gluework.admin.field.senioric')]), el('dd', {}, [dimension.seniorIc]),
                el('dt', {}, [AJS.I18n.getText('gluework.admin.field.staff')]), el('dd', {}, [dimension.staff]),
                el('dt', {}, [AJS.I18n.getText('gluework.admin.field.manager')]), el('dd', {}, [dimension.manager])]);
            const block = el('div', {'class': 'gluework-admin-dimension'}, [el('h3', {}, [dimension.name]), levels]);
            if (definitions.canAdminister) {
                const edit = el('form', {'class': 'aui gluework-admin-edit-dimension'}, self.dimensionFields(dimension));
                edit.append(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                    el('button', {'class': 'aui-button aui-button-primary', type: 'submit'}, [AJS.I18n.getText('gluework.admin.save')])])]));
                edit.addEventListener('submit', function (event) {
                    event.preventDefault();
                    const body = dimensionBody(edit);
                    body.version = dimension.version;
                    self.change('PUT', '/definitions/rubric/' + encodeURIComponent(dimension.name), body);
                });
                block.append(el('details', {'class': 'gluework-admin-edit'}, [
                    el('summary', {}, [AJS.I18n.getText('gluework.admin.edit')]), edit]));
            }
            section.append(block);
        });
        if (definitions.canAdminister) {
            const add = el('form', {'class': 'aui gluework-admin-add-dimension'},
                this.dimensionFields({name: '', seniorIc: '', staff: '', manager: ''}));
            add.append(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {'class': 'aui-button aui-button-primary', type: 'submit'}, [AJS.I18n.getText('gluework.admin.rubric.add')])])]));
            add.addEventListener('submit', function (event) {
                event.preventDefault();
                self.change('POST', '/definitions/rubric', dimensionBody(add));
            });
            section.append(el('h3', {}, [AJS.I18n.getText('gluework.admin.rubric.add')]), add);
        }
        return section;
    };

    function initAll() {
        document.querySelectorAll('.gluework-admin[data-rest-base]').forEach(function (root) {
            new Admin(root).load();
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
}());
