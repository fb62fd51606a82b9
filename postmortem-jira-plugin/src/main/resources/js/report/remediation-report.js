/*
 * The remediation report page: fetches the figures from the REST resource named in data-source and
 * draws one SVG bar chart and one table per figure. Every text goes in through textContent, so
 * nothing from the server is ever parsed as markup; the tables carry the same numbers as the
 * charts for screen readers and for copying.
 */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var root = document.querySelector('.pm-report');
  if (!root) {
    return;
  }
  var label = function (name) {
    return root.getAttribute('data-' + name) || name;
  };
  var status = root.querySelector('.pm-report-status');

  function svgNode(name, attributes) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    return node;
  }

  /* bars: [{label, parts: [{value, cls}]}] drawn as stacked columns with the label underneath. */
  function barChart(name, title, bars) {
    var holder = root.querySelector('[data-chart="' + name + '"]');
    var max = Math.max.apply(null, [1].concat(bars.map(function (bar) {
      return bar.parts.reduce(function (sum, part) { return sum + part.value; }, 0);
    })));
    var width = Math.max(240, bars.length * 72 + 24);
    var svg = svgNode('svg', {width: width, height: 180, role: 'img', 'aria-label': title});
    bars.forEach(function (bar, index) {
      var x = index * 72 + 12;
      var y = 150;
      bar.parts.forEach(function (part) {
        var height = Math.round((part.value / max) * 130);
        y -= height;
        svg.appendChild(svgNode('rect', {x: x, y: y, width: 48, height: height, 'class': part.cls}));
      });
      var total = bar.parts.reduce(function (sum, part) { return sum + part.value; }, 0);
      var value = svgNode('text', {x: x + 24, y: y - 4, 'text-anchor': 'middle'});
      value.textContent = String(Math.round(total * 10) / 10);
      svg.appendChild(value);
      var caption = svgNode('text', {x: x + 24, y: 168, 'text-anchor': 'middle'});
      caption.textContent = bar.label;
      svg.appendChild(caption);
    });
    holder.textContent = '';
    holder.appendChild(svg);
  }

  function table(name, headers, rows) {
    var node = root.querySelector('[data-table="' + name + '"]');
    node.textContent = '';
    var head = node.createTHead().insertRow();
    headers.forEach(function (header, index) {
      var cell = document.createElement('th');
      cell.scope = 'col';
      cell.textContent = header;
      if (index > 0) {
        cell.className = 'pm-number';
      }
      head.appendChild(cell);
    });
    var body = node.createTBody();
    rows.forEach(function (values) {
      var row = body.insertRow();
      values.forEach(function (value, index) {
        var cell = row.insertCell();
        cell.textContent = String(value);
        if (index > 0) {
          cell.className = 'pm-number';
        }
      });
    });
  }

  function percent(month) {
    return month.onTime + month.late === 0 ? '–' : Math.round(month.rate * 100) + ' %';
  }

  function draw(report) {
    barChart(
      'completion',
      root.querySelector('#pm-report-completion-title').textContent,
      report.completion.map(function (m) {
        return {label: m.month, parts: [{value: m.onTime, cls: 'pm-bar'}, {value: m.late, cls: 'pm-bar pm-bar-late'}]};
      }));
    table('completion', [label('month'), label('on-time'), label('late'), label('no-due'), label('rate')],
      report.completion.map(function (m) {
        return [m.month, m.onTime, m.late, m.withoutDueDate, percent(m)];
      }));
    barChart('ages', root.querySelector('#pm-report-ages-title').textContent,
      report.openItemAges.map(function (a) {
        return {label: label('age-' + a.label), parts: [{value: a.count, cls: 'pm-bar'}]};
      }));
    table('ages', [label('age'), label('items')], report.openItemAges.map(function (a) {
      return [label('age-' + a.label), a.count];
    }));
    barChart('overdue', root.querySelector('#pm-report-overdue-title').textContent,
      report.overdue.map(function (o) {
        return {label: o.label, parts: [{value: o.count, cls: 'pm-bar pm-bar-late'}]};
      }));
    table('overdue', [label('month'), label('items')], report.overdue.map(function (o) {
      return [o.label, o.count];
    }));
    barChart('lag', root.querySelector('#pm-report-lag-title').textContent,
      report.publishLag.map(function (l) {
        return {label: l.month, parts: [{value: l.medianDays, cls: 'pm-bar'}]};
      }));
    table('lag', [label('month'), label('postmortems'), label('median'), label('p90')],
      report.publishLag.map(function (l) {
        return [l.month, l.postmortems, l.medianDays, l.p90Days];
      }));
    table('times', [label('month'), label('severity'), label('detect'), label('mitigate'), label('resolve')],
      report.responseTimes.map(function (t) {
        return [t.month, t.severity.replace('_', ' '), times(t.detect), times(t.mitigate), times(t.resolve)];
      }));
  }

  function times(distribution) {
    return distribution.count === 0 ? '–' : distribution.median + ' / ' + distribution.p90;
  }

  status.textContent = label('loading');
  root.setAttribute('data-state', 'loading');
  var request = new XMLHttpRequest();
  request.open('GET', root.getAttribute('data-source'));
  request.setRequestHeader('Accept', 'application/json');
  request.onload = function () {
    if (request.status !== 200) {
      var message = '';
      try {
        message = JSON.parse(request.responseText).message || '';
      } catch (ignored) {
        message = '';
      }
      status.textContent = label('failed') + (message ? ' ' + message : '');
      root.setAttribute('data-state', 'error');
      return;
    }
    draw(JSON.parse(request.responseText));
    status.textContent = '';
    root.setAttribute('data-state', 'ready');
  };
  request.onerror = function () {
    status.textContent = label('failed');
    root.setAttribute('data-state', 'error');
  };
  request.send();
}());
