/*
 * The sprint glue summary in the macro browser: the board and sprint fields get pickers filled from Jira through
 * Confluence's /rest/gluework/1.0/jira/boards (forwarded over the application link as the author). The fields stay
 * the macro's plain string parameters, so a typed id, "active" or "last-closed" keeps working when Jira is away.
 * Macro browser JS API as used by public plugins (AJS.MacroBrowser.setMacroJsOverride with fields.string.<param>,
 * AJS.MacroBrowser.ParameterFields["string"](params, options), field.input, field.setValue): UNCONFIRMED against
 * Confluence 10.2, see docs/atlassian-platform.md.
 */
(function () {
    'use strict';

    var MACRO = 'glue-sprint-summary';
    var fields = {};

    function boardsUrl() {
        return AJS.contextPath() + '/rest/gluework/1.0/jira/boards';
    }

    function getJson(url) {
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            });
    }

    function option(value, label) {
        var node = document.createElement('option');
        node.value = value;
        node.textContent = label;
        return node;
    }

    /** A select next to the text field: picking sets the field; the field is still what the macro stores. */
    function picker(field) {
        var select = document.createElement('select');
        select.className = 'select gluework-picker';
        select.addEventListener('change', function () {
            if (select.value) {
                field.setValue(select.value);
                if (field === fields.board) {
                    fillSprints(select.value);
                }
            }
        });
        var input = field.input && field.input[0];
        if (input && input.parentNode) {
            input.parentNode.insertBefore(select, input.nextSibling);
        }
        return select;
    }

    function fillBoards() {
        getJson(boardsUrl()).then(function (boards) {
            if (!boards || !fields.board) {
                return;
            }
            var select = picker(fields.board);
            select.appendChild(option('', AJS.I18n.getText('gluework.macro.browser.pick-board')));
            boards.forEach(function (board) {
                select.appendChild(option(String(board.id), board.name));
            });
        }).catch(function () { /* the text field still works */ });
    }

    function fillSprints(boardId) {
        if (!fields.sprint) {
            return;
        }
        getJson(boardsUrl() + '/' + encodeURIComponent(boardId) + '/sprints').then(function (board) {
            if (!board) {
                return;
            }
            var select = fields.sprintPicker || (fields.sprintPicker = picker(fields.sprint));
            while (select.firstChild) {
                select.removeChild(select.firstChild);
            }
            select.appendChild(option('active', AJS.I18n.getText('gluework.macro.browser.active')));
            select.appendChild(option('last-closed', AJS.I18n.getText('gluework.macro.browser.last-closed')));
            board.sprints.forEach(function (sprint) {
                select.appendChild(option(String(sprint.id), sprint.name));
            });
        }).catch(function () { /* the text field still works */ });
    }

    AJS.toInit(function () {
        if (!AJS.MacroBrowser || !AJS.MacroBrowser.setMacroJsOverride) {
            return;
        }
        AJS.MacroBrowser.setMacroJsOverride(MACRO, {
            fields: {
                string: {
                    board: function (params, options) {
                        fields.board = AJS.MacroBrowser.ParameterFields.string(params, options);
                        window.setTimeout(fillBoards, 0);
                        return fields.board;
                    },
                    sprint: function (params, options) {
                        fields.sprintPicker = null;
                        fields.sprint = AJS.MacroBrowser.ParameterFields.string(params, options);
                        return fields.sprint;
                    }
                }
            }
        });
    });
}());
