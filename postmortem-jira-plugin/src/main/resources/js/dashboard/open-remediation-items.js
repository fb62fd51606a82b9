/*
 * Open remediation items: the dashboard item's AMD module (named by <amd-module> in atlassian-plugin.xml). Jira
 * constructs it with the dashboard item API and calls render(context, preferences) for the view and
 * renderEdit(context, preferences) for the configuration form; context is the item's element (Jira passes it
 * jQuery-wrapped) holding the server-rendered Velocity view in both modes. The API calls used here were checked
 * against public dashboard items (see atlassian-stand-ins/SOURCES.md, "JavaScript APIs"): savePreferences(object of
 * strings), after which Jira renders the item again; closeEdit(); initRefresh(preferences, callback), which reads
 * the interval in minutes from preferences.refresh ("false" = never); show/hideLoadingBar(); resize().
 * Every text comes from the labels the Velocity view carries (the viewer's language); every value from the server
 * is written with .text() or as an attribute, never as HTML.
 */
define('postmortem/dashboard/open-remediation-items', ['jquery'], function ($) {
    'use strict';

    var REST_PATH = '/rest/postmortem/1.0/remediation-items';
    var REPORT_PATH = '/secure/PostmortemRemediationReport.jspa';
    var REMINDERS_PATH = '/rest/postmortem/1.0/reminders/preferences';
    var STATES = ['overdue', 'no-confirmed-owner', 'due-soon', 'not-scheduled', 'no-due-date', 'on-track'];
    var GROUPS = ['none', 'team', 'owner', 'postmortem'];
    var DEFAULT_SIZE = 20;
    var MAX_SIZE = 100;
    // The interval Jira's own dashboard items offer; "false" is the gadgets' "never" value.
    var REFRESH_MINUTES = '15';
    var NO_REFRESH = 'false';

    function contextPath() {
        return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
    }

    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return String(pattern).replace(/\{(\d+)\}/g, function (match, index) {
            return index < args.length ? String(args[index]) : match;
        });
    }

    // Jira hands stored preferences back HTML-encoded (Atlassian's own examples decode them the same way); a
    // textarea decodes entities without interpreting markup.
    function decoded(preferences) {
        var result = {};
        var area = document.createElement('textarea');
        Object.keys(preferences || {}).forEach(function (key) {
            var value = preferences[key];
            if (typeof value === 'string') {
                area.innerHTML = value;
                value = area.value;
            }
            result[key] = value;
        });
        return result;
    }

    function settings(preferences) {
        var prefs = decoded(preferences);
        var size = parseInt(prefs.pageSize, 10);
        var states = String(prefs.states || '').split(',').filter(function (s) {
            return STATES.indexOf(s) >= 0;
        });
        return {
            projects: String(prefs.projects || '').split(',').map(function (p) {
                return p.trim();
            }).filter(Boolean),
            filterId: String(prefs.filterId || '').trim(),
            groupBy: GROUPS.indexOf(prefs.groupBy) >= 0 ? prefs.groupBy : 'none',
            states: states.length ? states : STATES.slice(),
            pageSize: size >= 1 && size <= MAX_SIZE ? size : DEFAULT_SIZE,
            refresh: parseInt(prefs.refresh, 10) > 0
        };
    }

    function OpenRemediationItems(API) {
        this.API = API;
        this.page = 0;
        this.stateFilter = null;
        // True while the "Recurred" count is pressed: done items a later incident recurred, not open ones.
        this.recurred = false;
    }

    OpenRemediationItems.prototype.labels = function (context) {
        if (!this.text) {
            var raw = $(context).find('.pm-remediation').attr('data-labels');
            this.text = raw ? JSON.parse(raw) : {};
        }
        return this.text;
    };

    OpenRemediationItems.prototype.render = function (context, preferences) {
        var self = this;
        var t = this.labels(context);
        this.settings = settings(preferences);
        var root = $(context).find('.pm-remediation').empty().attr('data-mode', 'view');
        var header = $('<div class="pm-remediation-header"/>').appendTo(root);
        $('<ul class="pm-remediation-counts" role="toolbar"/>').attr('aria-label', t['state.all']).appendTo(header);
        $('<button type="button" class="aui-button aui-button-subtle pm-remediation-refresh"/>')
            .text(t.refresh)
            .on('click', function () {
                self.load(context);
            })
            .appendTo(header);
        $('<div class="pm-remediation-status" role="status" aria-live="polite"/>').appendTo(root);
        $('<div class="pm-remediation-list"/>').appendTo(root)
            .on('keydown', 'a.pm-remediation-key', function (event) {
                self.moveFocus(root, this, event);
            });
        $('<div class="pm-remediation-pager"/>').appendTo(root);
        $('<p class="pm-remediation-report"/>').append(
            $('<a class="pm-remediation-report-link"/>')
                .attr('href', contextPath() + REPORT_PATH)
                .text(t.report)).appendTo(root);
        this.API.initRefresh({refresh: this.settings.refresh ? REFRESH_MINUTES : NO_REFRESH}, function () {
            self.load(context);
        });
        this.load(context);
    };

    OpenRemediationItems.prototype.load = function (context) {
        var self = this;
        var t = this.labels(context);
        var root = $(context).find('.pm-remediation');
        var query = {page: this.page, size: this.settings.pageSize};
        if (this.settings.projects.length) {
            query.project = this.settings.projects;
        }
        if (this.settings.filterId) {
            query.filter = this.settings.filterId;
        }
        var wanted = this.stateFilter ? [this.stateFilter] : this.settings.states;
        if (this.recurred) {
            query.recurred = 'true';
        } else if (wanted.length < STATES.length) {
            query.state = wanted;
        }
        root.attr('aria-busy', 'true').attr('data-state', 'loading');
        root.find('.pm-remediation-status').removeClass('pm-remediation-error').text(t.loading);
        this.API.showLoadingBar();
        return $.ajax({
            url: contextPath() + REST_PATH,
            data: query,
            traditional: true,
            dataType: 'json',
            cache: false
        }).done(function (data) {
            self.show(context, data);
        }).fail(function (xhr) {
            var body = xhr.responseJSON;
            var message = body && body.message ? body.message : t['error.network'];
            root.attr('data-state', 'error');
            root.find('.pm-remediation-list, .pm-remediation-pager').empty();
            root.find('.pm-remediation-status').addClass('pm-remediation-error').text(format(t.error, message));
        }).always(function () {
            root.attr('aria-busy', 'false');
            self.API.hideLoadingBar();
            self.API.resize();
        });
    };

    OpenRemediationItems.prototype.show = function (context, data) {
        var self = this;
        var t = this.labels(context);
        var root = $(context).find('.pm-remediation');
        var counts = root.find('.pm-remediation-counts').empty();
        this.settings.states.forEach(function (state) {
            var pressed = self.stateFilter === state;
            var button = $('<button type="button" class="pm-remediation-count"/>')
                .attr('data-state', state)
                .attr('aria-pressed', pressed ? 'true' : 'false')
                .attr('title', format(t['filter.show'], t['state.' + state]))
                .on('click', function () {
                    self.stateFilter = pressed ? null : state;
                    self.recurred = false;
                    self.page = 0;
                    self.load(context);
                });
            $('<span class="pm-remediation-count-value"/>').text(String((data.totals || {})[state] || 0)).appendTo(button);
            $('<span class="pm-remediation-count-label"/>').text(t['state.' + state]).appendTo(button);
            $('<li role="none"/>').append(button).appendTo(counts);
        });
        var recurred = $('<button type="button" class="pm-remediation-count pm-remediation-count-recurred"/>')
            .attr('data-state', 'recurred')
            .attr('aria-pressed', this.recurred ? 'true' : 'false')
            .attr('title', format(t['filter.show'], t['state.recurred']))
            .on('click', function () {
                self.recurred = !self.recurred;
                self.stateFilter = null;
                self.page = 0;
                self.load(context);
            });
        $('<span class="pm-remediation-count-value"/>').text(String((data.totals || {}).recurred || 0)).appendTo(recurred);
        $('<span class="pm-remediation-count-label"/>').text(t['state.recurred']).appendTo(recurred);
        $('<li role="none"/>').append(recurred).appendTo(counts);
        var list = root.find('.pm-remediation-list').empty();
        var status = root.find('.pm-remediation-status').removeClass('pm-remediation-error');
        var items = data.items || [];
        if (!items.length) {
            root.attr('data-state', 'empty');
            status.text(this.recurred ? t['recurred.empty'] : t.empty);
            root.find('.pm-remediation-pager').empty();
            return;
        }
        root.attr('data-state', 'ready');
        status.text(counted(t, this.recurred ? 'recurred.total' : 'total', data.total));
        groups(items, this.settings.groupBy, t).forEach(function (group) {
            if (group.title !== null) {
                $('<h4 class="pm-remediation-group"/>').text(group.title).appendTo(list);
            }
            var ul = $('<ul class="pm-remediation-items"/>').appendTo(list);
            group.items.forEach(function (item) {
                ul.append(row(item, t));
            });
        });
        this.pager(context, data);
    };

    OpenRemediationItems.prototype.pager = function (context, data) {
        var self = this;
        var t = this.labels(context);
        var pager = $(context).find('.pm-remediation-pager').empty();
        var pages = Math.max(1, Math.ceil(data.total / this.settings.pageSize));
        if (pages === 1) {
            return;
        }
        $('<button type="button" class="aui-button aui-button-link pm-remediation-previous"/>')
            .text(t['page.previous']).prop('disabled', this.page === 0)
            .on('click', function () {
                self.page -= 1;
                self.load(context);
            }).appendTo(pager);
        $('<span class="pm-remediation-page"/>').text(format(t.page, this.page + 1, pages)).appendTo(pager);
        $('<button type="button" class="aui-button aui-button-link pm-remediation-next"/>')
            .text(t['page.next']).prop('disabled', this.page + 1 >= pages)
            .on('click', function () {
                self.page += 1;
                self.load(context);
            }).appendTo(pager);
    };

    OpenRemediationItems.prototype.moveFocus = function (root, current, event) {
        var step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
        if (!step) {
            return;
        }
        var links = root.find('a.pm-remediation-key');
        var next = links.eq(Math.min(links.length - 1, Math.max(0, links.index(current) + step)));
        event.preventDefault();
        next.trigger('focus');
    };

    function groups(items, groupBy, t) {
        if (groupBy === 'none') {
            return [{title: null, items: items}];
        }
        var order = [];
        var byTitle = {};
        items.forEach(function (item) {
            var titles;
            if (groupBy === 'team') {
                titles = item.teams && item.teams.length ? item.teams : [t['team.none']];
            } else if (groupBy === 'owner') {
                titles = [item.ownerName || t['owner.none']];
            } else {
                titles = [item.postmortemKey || t['no-postmortem']];
            }
            titles.forEach(function (title) {
                if (!byTitle.hasOwnProperty(title)) {
                    byTitle[title] = [];
                    order.push(title);
                }
                byTitle[title].push(item);
            });
        });
        return order.map(function (title) {
            return {title: title, items: byTitle[title]};
        });
    }

    function row(item, t) {
        var li = $('<li class="pm-remediation-item"/>').attr('data-state', item.primaryState);
        $('<a class="pm-remediation-key"/>').attr('href', contextPath() + item.url).text(item.key).appendTo(li);
        $('<span class="pm-remediation-summary"/>').text(item.summary).appendTo(li);
        var meta = $('<span class="pm-remediation-meta"/>').appendTo(li);
        (item.states || []).forEach(function (state) {
            $('<span class="aui-lozenge pm-remediation-lozenge"/>')
                .addClass(lozenge(state)).attr('data-state', state).text(t['state.' + state]).appendTo(meta);
        });
        if (item.recurred) {
            var recurrence = format(t['recurred.in'], item.recurredIn || t['recurred.hidden']);
            meta.find('.pm-remediation-lozenge[data-state="recurred"]').attr('title', recurrence);
            $('<span class="pm-remediation-recurrence"/>').text(recurrence).appendTo(li);
        }
        $('<span class="pm-remediation-due"/>').text(item.recurred ? t['recurred.done'] : due(item, t)).appendTo(meta);
        $('<span class="pm-remediation-owner"/>').text(item.ownerName || t['owner.none']).appendTo(meta);
        if (item.postmortemKey) {
            $('<a class="pm-remediation-postmortem"/>')
                .attr('href', contextPath() + '/browse/' + encodeURIComponent(item.postmortemKey))
                .attr('tabindex', '-1').text(item.postmortemKey).appendTo(meta);
        }
        $('<span class="pm-remediation-severity"/>').text(t['severity.' + item.severity] || item.severity).appendTo(meta);
        if (!item.recurred) {
            // "open for n days" would be wrong for a done item.
            $('<span class="pm-remediation-age"/>').text(counted(t, 'age', item.ageDays)).appendTo(meta);
        }
        return li;
    }

    function due(item, t) {
        if (item.daysUntilDue === null || item.daysUntilDue === undefined) {
            return t['due.none'];
        }
        if (item.daysUntilDue < 0) {
            return counted(t, 'due.overdue', -item.daysUntilDue);
        }
        return item.daysUntilDue === 0 ? t['due.today'] : counted(t, 'due.in', item.daysUntilDue);
    }

    // "1 day", never "1 day(s)": the label's ".one" form for exactly one, the counted form otherwise.
    function counted(t, label, count) {
        return count === 1 ? t[label + '.one'] : format(t[label], count);
    }

    function lozenge(state) {
        return {
            'overdue': 'aui-lozenge-removed',
            'no-confirmed-owner': 'aui-lozenge-moved',
            'due-soon': 'aui-lozenge-current',
            'not-scheduled': 'aui-lozenge-moved',
            'no-due-date': 'aui-lozenge-default',
            'on-track': 'aui-lozenge-success',
            'recurred': 'aui-lozenge-error'
        }[state] || 'aui-lozenge-default';
    }

    OpenRemediationItems.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var t = this.labels(context);
        var current = settings(preferences);
        var root = $(context).find('.pm-remediation').empty().attr('data-mode', 'edit').attr('data-state', 'edit');
        var form = $('<form class="aui pm-remediation-edit" novalidate/>').appendTo(root);
        field(form, 'pm-projects', t['edit.projects'], t['edit.projects.help'])
            .find('input').val(current.projects.join(', '));
        field(form, 'pm-filter', t['edit.filter'], t['edit.filter.help'])
            .find('input').val(current.filterId);
        var group = $('<div class="field-group"/>').appendTo(form);
        $('<label for="pm-group"/>').text(t['edit.group']).appendTo(group);
        var select = $('<select id="pm-group" class="select"/>').appendTo(group);
        GROUPS.forEach(function (value) {
            $('<option/>').val(value).text(t['edit.group.' + value]).appendTo(select);
        });
        select.val(current.groupBy);
        var states = $('<fieldset class="group"/>').appendTo(form);
        $('<legend/>').append($('<span/>').text(t['edit.states'])).appendTo(states);
        STATES.forEach(function (state) {
            var box = $('<div class="checkbox"/>').appendTo(states);
            $('<input type="checkbox" class="checkbox" name="pm-state"/>')
                .attr('id', 'pm-state-' + state).val(state)
                .prop('checked', current.states.indexOf(state) >= 0).appendTo(box);
            $('<label/>').attr('for', 'pm-state-' + state).text(t['state.' + state]).appendTo(box);
        });
        field(form, 'pm-size', t['edit.size'], null).find('input')
            .attr({type: 'number', min: 1, max: MAX_SIZE}).val(current.pageSize);
        var options = $('<fieldset class="group"/>').appendTo(form);
        var refresh = $('<div class="checkbox"/>').appendTo(options);
        var refreshBox = $('<input type="checkbox" class="checkbox" id="pm-refresh"/>')
            .prop('checked', current.refresh).appendTo(refresh);
        $('<label for="pm-refresh"/>').text(t['edit.refresh']).appendTo(refresh);
        var reminders = $('<div class="checkbox"/>').appendTo(options);
        var remindersBox = $('<input type="checkbox" class="checkbox" id="pm-reminders"/>').appendTo(reminders);
        $('<label for="pm-reminders"/>').text(t['edit.reminders']).appendTo(reminders);
        var remindersWere = null;
        $.ajax({url: contextPath() + REMINDERS_PATH, dataType: 'json', cache: false}).done(function (data) {
            remindersWere = !data.optedOut;
            remindersBox.prop('checked', remindersWere);
        });
        var buttons = $('<div class="buttons-container"><div class="buttons"/></div>').appendTo(form).find('.buttons');
        $('<button type="submit" class="aui-button aui-button-primary pm-remediation-save"/>').text(t['edit.save']).appendTo(buttons);
        $('<button type="button" class="aui-button aui-button-link pm-remediation-cancel"/>').text(t['edit.cancel'])
            .on('click', function () {
                self.API.closeEdit();
            }).appendTo(buttons);
        form.on('submit', function (event) {
            event.preventDefault();
            form.find('.error').remove();
            form.find('[aria-invalid]').removeAttr('aria-invalid aria-errormessage');
            var size = form.find('#pm-size').val().trim();
            var filterId = form.find('#pm-filter').val().trim();
            var projects = form.find('#pm-projects').val().split(',').map(function (p) {
                return p.trim().toUpperCase();
            }).filter(Boolean);
            var ok = true;
            if (!/^\d+$/.test(size) || +size < 1 || +size > MAX_SIZE) {
                invalid(form.find('#pm-size'), t['edit.size.error']);
                ok = false;
            }
            if (filterId && !/^\d+$/.test(filterId)) {
                invalid(form.find('#pm-filter'), t['edit.filter.error']);
                ok = false;
            }
            if (projects.some(function (p) { return !/^[A-Z][A-Z0-9_]*$/.test(p); })) {
                invalid(form.find('#pm-projects'), t['edit.projects.error']);
                ok = false;
            }
            if (!ok) {
                form.find('[aria-invalid="true"]').first().trigger('focus');
                return;
            }
            var remindersNow = remindersBox.prop('checked');
            if (remindersWere !== null && remindersNow !== remindersWere) {
                $.ajax({
                    url: contextPath() + REMINDERS_PATH,
                    type: 'PUT',
                    contentType: 'application/json',
                    data: JSON.stringify({optedOut: !remindersNow}),
                    dataType: 'json'
                });
            }
            var checked = form.find('input[name="pm-state"]:checked').map(function () {
                return this.value;
            }).get();
            self.API.savePreferences({
                projects: projects.join(','),
                filterId: filterId,
                groupBy: select.val(),
                states: (checked.length ? checked : STATES).join(','),
                pageSize: String(+size),
                refresh: refreshBox.prop('checked') ? REFRESH_MINUTES : NO_REFRESH
            });
        });
        this.API.resize();
    };

    function field(form, id, label, help) {
        var group = $('<div class="field-group"/>').appendTo(form);
        $('<label/>').attr('for', id).text(label).appendTo(group);
        $('<input type="text" class="text"/>').attr('id', id).appendTo(group);
        if (help) {
            $('<div class="description"/>').attr('id', id + '-help').text(help).appendTo(group);
            group.find('input').attr('aria-describedby', id + '-help');
        }
        return group;
    }

    function invalid(input, message) {
        var id = input.attr('id') + '-error';
        input.attr('aria-invalid', 'true').attr('aria-errormessage', id);
        $('<div class="error" role="alert"/>').attr('id', id).text(message).insertAfter(input);
    }

    return OpenRemediationItems;
});
