/* Keeps the "now" highlight of every agenda on the page current while the page stays open (a meeting lasts
   hours). The server marks the running item when it renders; rows carry their start and end instants, so the
   browser can move the highlight without asking the server. */
(function () {
  'use strict';

  var REFRESH_MILLIS = 30000;

  function setRunning(row, running) {
    row.classList.toggle('agenda-item--now', running);
    var timeCell = row.querySelector('td.agenda-time');
    var lozenge = row.querySelector('.agenda-now-lozenge');
    if (running) {
      row.setAttribute('aria-current', 'time');
      if (!lozenge && timeCell) {
        lozenge = document.createElement('span');
        lozenge.className = 'aui-lozenge aui-lozenge-current agenda-now-lozenge';
        lozenge.textContent = 'Now';
        timeCell.insertBefore(lozenge, timeCell.childNodes[1] || null);
      }
    } else {
      row.removeAttribute('aria-current');
      if (lozenge) {
        lozenge.parentNode.removeChild(lozenge);
      }
    }
  }

  /* A host may show a page as at another time (the preview's "View as during the meeting"): it says which on an
     element marked data-agenda-now, and the highlight keeps to that time. */
  function pageNow() {
    var fixed = document.querySelector('[data-agenda-now]');
    var at = fixed ? Date.parse(fixed.getAttribute('data-agenda-now')) : NaN;
    return isNaN(at) ? Date.now() : at;
  }

  function refresh() {
    var now = pageNow();
    var rows = document.querySelectorAll('section.agenda tr[data-start]');
    Array.prototype.forEach.call(rows, function (row) {
      var start = Date.parse(row.getAttribute('data-start'));
      var end = Date.parse(row.getAttribute('data-end') || '');
      setRunning(row, !isNaN(start) && !isNaN(end) && start <= now && now < end);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', refresh);
  } else {
    refresh();
  }
  window.setInterval(refresh, REFRESH_MILLIS);
}());

/* Live Jira statuses, for agendas a host marked data-agenda-live (Confluence, and the preview host). The page is
   rendered without asking Jira; this script then asks the app for every status the page shows in one call, and
   offers Refresh, Sync and ticking tasks. Everything from the server is written with textContent, never as HTML. */
(function () {
  'use strict';

  var PROGRESS_MILLIS = 500;

  var PROBLEM_LABELS = {
    'not-found': 'Not found',
    'project-not-found': 'No such project',
    'authorise': 'Authorise',
    'forbidden': 'No permission',
    'unreachable': 'Unreachable',
    'not-asked': 'Not asked'
  };

  var CATEGORY_CLASSES = {
    'new': 'agenda-status--todo',
    'indeterminate': 'agenda-status--inprogress',
    'done': 'agenda-status--done'
  };

  /* A page can hold several agendas; they share one status call, one Sync and one Refresh. */
  function restBase(section) {
    var base = section.getAttribute('data-rest-base');
    if (base) {
      return base;
    }
    var context = (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
    return context + '/rest/agenda/1.0';
  }

  function pageUrl(section, rest) {
    return restBase(section) + '/pages/' + encodeURIComponent(section.getAttribute('data-page-id')) + rest;
  }

  function announce(section, text) {
    var region = section.querySelector('.agenda-live-region');
    if (region) {
      region.textContent = text;
    }
  }

  function request(method, url, onDone, json) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('Accept', 'application/json');
    if (json) {
      xhr.setRequestHeader('Content-Type', 'application/json');
    }
    if (method !== 'GET') {
      // The header Atlassian's REST framework takes in place of an XSRF token; only same-origin scripts can send it.
      xhr.setRequestHeader('X-Atlassian-Token', 'no-check');
    }
    xhr.onload = function () {
      var body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (ignored) {
        body = null;
      }
      onDone(xhr.status, body);
    };
    xhr.onerror = function () {
      onDone(0, null);
    };
    xhr.send(json ? JSON.stringify(json) : null);
  }

  /* The elements under root that match the selector and whose attribute is exactly value. Ids come from pages and
     keys from Jira; either may hold quotes or brackets, so they are compared, never written into a selector (which
     would throw and stop the script for everyone on the page). */
  function withAttribute(root, selector, attribute, value) {
    return Array.prototype.filter.call(root.querySelectorAll(selector), function (element) {
      return element.getAttribute(attribute) === value;
    });
  }

  function statusSpans(section, key) {
    var holders = withAttribute(section, '[data-issue-key]', 'data-issue-key', key);
    var spans = [];
    Array.prototype.forEach.call(holders, function (holder) {
      var span = holder.querySelector('[data-status-for]');
      if (!span) {
        span = document.createElement('span');
        span.setAttribute('data-status-for', key);
        holder.appendChild(span);
      }
      spans.push({ holder: holder, span: span });
    });
    return spans;
  }

  function showIssue(section, issue) {
    statusSpans(section, issue.key).forEach(function (place) {
      var span = place.span;
      var classes = ['aui-lozenge', 'agenda-status'];
      var label;
      if (issue.status) {
        classes.push(CATEGORY_CLASSES[issue.category] || 'agenda-status--todo');
        label = issue.status;
        span.title = issue.summary ? issue.key + ': ' + issue.summary : issue.key;
      } else {
        classes.push('agenda-status--error');
        label = PROBLEM_LABELS[issue.kind] || 'Unavailable';
      }
      if (issue.problem) {
        classes.push('agenda-status--problem');
      }
      span.className = classes.join(' ');
      span.textContent = label;
      var problem = place.holder.querySelector('.agenda-issue-problem');
      if (issue.problem) {
        if (!problem) {
          problem = document.createElement('span');
          problem.className = 'agenda-issue-problem';
          place.holder.appendChild(problem);
        }
        problem.textContent = issue.problem;
        if (issue.authorise) {
          var link = document.createElement('a');
          link.href = issue.authorise;
          link.textContent = 'Authorise with Jira';
          problem.appendChild(document.createTextNode(' '));
          problem.appendChild(link);
        }
      } else if (problem) {
        problem.parentNode.removeChild(problem);
      }
      if (!place.holder.hasAttribute('data-tracks-action') && issue.summary) {
        var summary = place.holder.querySelector('.agenda-issue-summary');
        if (!summary) {
          summary = document.createElement('span');
          summary.className = 'agenda-issue-summary';
          place.holder.insertBefore(summary, span);
        }
        summary.textContent = issue.summary;
      }
    });
  }

  function trackingHolder(key, actionId, url) {
    var holder = document.createElement('span');
    holder.className = 'agenda-issue agenda-issue--tracking';
    holder.setAttribute('data-issue-key', key);
    holder.setAttribute('data-tracks-action', actionId);
    var link = document.createElement(url ? 'a' : 'span');
    link.className = 'agenda-issue-key';
    link.textContent = key;
    if (url) {
      link.href = url;
    }
    holder.appendChild(link);
    return holder;
  }

  /* A task that names an issue has it as a reference in its cell; once the sync links the two, the issue tracks the
     action and is shown as such, so the reference beside it would list the key a second time. */
  function listKeyOnce(cell, key) {
    withAttribute(cell, '[data-issue-key]', 'data-issue-key', key).forEach(function (holder) {
      if (!holder.hasAttribute('data-tracks-action') && holder.parentNode) {
        holder.parentNode.removeChild(holder);
      }
    });
  }

  function showAction(section, action, issuesByKey) {
    var row = withAttribute(section, 'tr[data-action-id]', 'data-action-id', action.id)[0];
    if (!row) {
      return;
    }
    var cell = row.querySelector('.agenda-action-jira');
    if (action.jiraKey && cell && !cell.querySelector('[data-tracks-action]')) {
      var missing = cell.querySelector('[data-not-in-jira-for]');
      var issue = issuesByKey[action.jiraKey] || {};
      var holder = trackingHolder(action.jiraKey, action.id, issue.url);
      cell.insertBefore(holder, missing || cell.firstChild);
      var note = document.createElement('span');
      note.className = 'agenda-then-now';
      note.setAttribute('data-then-now-for', action.id);
      cell.insertBefore(note, holder.nextSibling);
      if (missing) {
        missing.parentNode.removeChild(missing);
      }
    }
    if (action.jiraKey && cell) {
      listKeyOnce(cell, action.jiraKey);
    }
    var thenNow = withAttribute(section, '[data-then-now-for]', 'data-then-now-for', action.id)[0];
    if (thenNow) {
      thenNow.textContent = action.thenNow || '';
    }
  }

  function apply(page, body) {
    page.sections.forEach(function (section) {
      applyToSection(section, body);
    });
  }

  /* Shows a status answer; answers what went wrong when it could not be shown, so that whoever waits for it (the
     Sync, the Refresh, a tick) still ends and says so, rather than spinning. */
  function applySafely(page, body) {
    try {
      apply(page, body);
      return null;
    } catch (failure) {
      return 'Some statuses could not be shown (' + ((failure && failure.message) || failure) + ').';
    }
  }

  function applyToSection(section, body) {
    var issuesByKey = Object.create(null);
    (body.issues || []).forEach(function (issue) {
      issuesByKey[issue.key] = issue;
    });
    (body.actions || []).forEach(function (action) {
      showAction(section, action, issuesByKey);
    });
    (body.issues || []).forEach(function (issue) {
      showIssue(section, issue);
    });
    section.setAttribute('data-statuses-loaded', body.checkedAt || 'yes');
  }

  /* Asks for every status the page shows and shows them. then(body, problem), when given, is called whatever
     happens: problem is null when all went well, else what went wrong (and body null if nothing came). */
  function loadStatuses(page, origin, fresh, then) {
    // The server reads the page's own keys from the page; the address stays short however many there are.
    var query = '/status' + (fresh ? '?refresh=true' : '');
    request('GET', pageUrl(origin, query), function (status, body) {
      var loaded = status === 200 && body;
      var problem = loaded
        ? applySafely(page, body)
        : (body && body.message) || 'Statuses could not be loaded (HTTP ' + status + ').';
      if (then) {
        then(loaded ? body : null, problem);
      } else if (problem) {
        announce(origin, problem);
      }
    });
  }

  /* Marks each action a sync could not sync, in its own row, with the reason from the sync's answer (which says what
     to do); an earlier mark of an action the answer covers goes first, so each row shows its last sync's outcome
     (another agenda's Sync leaves this one's marks alone). Answers how many failed. */
  function showActionProblems(page, body) {
    var failed = 0;
    (body.actions || []).forEach(function (action) {
      if (action.problem) {
        failed += 1;
      }
      page.sections.forEach(function (each) {
        withAttribute(each, 'tr[data-action-id]', 'data-action-id', action.id).forEach(function (row) {
          // A later sync clears what an earlier one marked, then marks what failed this time.
          row.classList.toggle('agenda-action--failed', Boolean(action.problem));
          Array.prototype.forEach.call(row.querySelectorAll('.agenda-action-problem'), function (old) {
            old.parentNode.removeChild(old);
          });
          if (!action.problem) {
            return;
          }
          var cell = row.querySelector('.agenda-action-jira') || row.lastElementChild;
          var note = document.createElement('p');
          note.className = 'agenda-action-problem';
          note.setAttribute('data-problem-for', action.id);
          note.textContent = 'Not synced: ' + action.problem;
          cell.appendChild(note);
        });
      });
    });
    return failed;
  }

  function syncOutcome(page, body) {
    if (body.abort) {
      return 'Sync stopped: ' + body.abort;
    }
    var failed = body.dryRun ? 0 : showActionProblems(page, body);
    var said = 'Synced with Jira: ' + body.summary;
    if (failed === 1) {
      return said + '. 1 action was not synced: its row says why and what to do.';
    }
    return failed > 1 ? said + '. ' + failed + ' actions were not synced: each row says why and what to do.' : said;
  }

  /* Each agenda's Sync syncs the actions written in that agenda, the rows of its own actions table. */
  function ownActionIds(section) {
    var ids = [];
    Array.prototype.forEach.call(section.querySelectorAll('tr[data-action-id]'), function (row) {
      var id = row.getAttribute('data-action-id');
      if (ids.indexOf(id) < 0) {
        ids.push(id);
      }
    });
    return ids;
  }

  function actionQuery(actionIds) {
    return actionIds.length === 0 ? '' : '?' + actionIds.map(function (id) {
      return 'action=' + encodeURIComponent(id);
    }).join('&');
  }

  /* A progress bar's text is read by screen readers only (browsers draw just the bar): sighted users get the count
     beside it, hidden from screen readers, which have the bar's own value. */
  function progressCount(progress) {
    var count = progress.nextElementSibling;
    if (!count || !count.classList.contains('agenda-progress-count')) {
      count = document.createElement('span');
      count.className = 'agenda-progress-count';
      count.setAttribute('aria-hidden', 'true');
      progress.parentNode.insertBefore(count, progress.nextSibling);
    }
    return count;
  }

  function sync(page, section, button) {
    var progress = section.querySelector('.agenda-progress');
    var actionIds = ownActionIds(section);
    var count = actionIds.length;
    if (isBusy(button)) {
      return;
    }
    markBusy(button, true);
    section.setAttribute('aria-busy', 'true');
    if (progress) {
      progress.removeAttribute('value');
      progress.hidden = false;
      progressCount(progress).textContent = '';
      progressCount(progress).hidden = false;
    }
    var whose = page.sections.length > 1 ? ' of this agenda' : '';
    announce(section, 'Syncing ' + count + (count === 1 ? ' action' : ' actions') + whose + ' with Jira…');
    // While the sync runs, ask how far it has got; the progress bar shows it (announced only at start and end).
    var watching = window.setInterval(function () {
      request('GET', pageUrl(section, '/sync/progress'), function (status, body) {
        if (progress && status === 200 && body && body.running && body.total > 0) {
          progress.max = body.total;
          progress.value = body.done;
          progress.textContent = body.done + ' of ' + body.total;
          progressCount(progress).textContent = body.done + ' of ' + body.total;
        }
      });
    }, PROGRESS_MILLIS);
    request('POST', pageUrl(section, '/sync' + actionQuery(actionIds)), function (status, body) {
      window.clearInterval(watching);
      markBusy(button, false);
      section.removeAttribute('aria-busy');
      if (progress) {
        progress.hidden = true;
        progressCount(progress).hidden = true;
      }
      if (status === 200 && body) {
        loadStatuses(page, section, true, function (statuses, problem) {
          var said = syncOutcome(page, body);
          announce(section, problem ? said + ' ' + problem : said);
        });
      } else if (status === 401 && body && body.authorise) {
        announce(section, body.message || 'Authorise with Jira first.');
        var link = document.createElement('a');
        link.href = body.authorise;
        link.textContent = ' Authorise with Jira';
        section.querySelector('.agenda-live-region').appendChild(link);
      } else {
        announce(section, 'Sync failed: ' + ((body && body.message) || 'HTTP ' + status));
      }
    });
  }

  /* Before a sync that would create issues, a dry run of the same actions shows, under the agenda, what the sync would
     create (with each action's assignee), link and update, and in which Jira project; only Confirm creates them. A
     sync that would create nothing runs at once, and one whose dry run could not say (Jira absent, no permission)
     runs too, so that the sync's own answer says why. */
  function confirmThenSync(page, section, button) {
    if (section.getAttribute('data-agenda-checking') === 'true') {
      return;
    }
    closeSyncPreview(section);
    var actionIds = ownActionIds(section);
    var query = actionQuery(actionIds);
    section.removeAttribute('data-agenda-dry-run');
    section.setAttribute('data-agenda-checking', 'true');
    announce(section, 'Checking what a sync would do in Jira…');
    request('POST', pageUrl(section, '/sync?dryRun=true' + (query ? '&' + query.substring(1) : '')),
      function (status, body) {
        section.removeAttribute('data-agenda-checking');
        if (status === 200 && body && !body.abort) {
          showRemovedTasks(page, section, body);
        }
        // Says which way the dry run went (asked to confirm, or synced at once), for tests and tools to wait on.
        if (status === 200 && body && !body.abort && (body.createsIn || []).length > 0) {
          section.setAttribute('data-agenda-dry-run', 'asked');
          showSyncPreview(page, section, button, body);
        } else {
          section.setAttribute('data-agenda-dry-run', 'not-asked');
          sync(page, section, button);
        }
      });
  }

  function closeSyncPreview(section) {
    Array.prototype.forEach.call(section.querySelectorAll('.agenda-sync-preview'), function (old) {
      old.parentNode.removeChild(old);
    });
  }

  var regionCount = 0;

  /* A region under an agenda that a screen reader can find by its heading; its class names it for the page's CSS. */
  function labelledRegion(className, title) {
    var region = document.createElement('div');
    var headingId = className + '-' + (++regionCount);
    region.className = className;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-labelledby', headingId);
    var heading = document.createElement('h5');
    heading.id = headingId;
    heading.textContent = title;
    region.appendChild(heading);
    return region;
  }

  function previewList(preview, title, actions, describe) {
    if (actions.length === 0) {
      return;
    }
    var heading = document.createElement('p');
    heading.className = 'agenda-sync-preview-group';
    heading.textContent = title;
    var list = document.createElement('ul');
    actions.forEach(function (action) {
      var item = document.createElement('li');
      item.setAttribute('data-preview-action', action.id);
      item.textContent = describe(action);
      list.appendChild(item);
    });
    preview.appendChild(heading);
    preview.appendChild(list);
  }

  function hasStep(action, step) {
    return (action.steps || []).indexOf(step) >= 0;
  }

  function showSyncPreview(page, section, button, body) {
    var actions = body.actions || [];
    var creates = actions.filter(function (action) { return hasStep(action, 'created'); });
    var projects = body.createsIn.join(' and ');
    var several = body.createsIn.length > 1;
    var preview = labelledRegion('agenda-sync-preview', 'Before syncing: this would create ' + creates.length
      + (creates.length === 1 ? ' issue' : ' issues') + ' in Jira (' + projects + ')');
    previewList(preview, 'Created in ' + projects + ':', creates, function (action) {
      var who = (action.assignees || []).length > 0 ? action.assignees.join(' & ') : 'no assignee';
      return action.text + ' (' + who + (several && action.project ? ', ' + action.project : '') + ')';
    });
    previewList(preview, 'Linked to the issue the task names:', actions.filter(function (action) {
      return hasStep(action, 'linked');
    }), function (action) {
      return action.issueKey + ': ' + action.text;
    });
    previewList(preview, 'Updated in Jira:', actions.filter(function (action) {
      return !hasStep(action, 'created') && !hasStep(action, 'linked')
        && (hasStep(action, 'updated') || hasStep(action, 'transitioned'));
    }), function (action) {
      return action.issueKey + ': ' + action.text;
    });
    previewList(preview, 'Not synced:', actions.filter(function (action) {
      return action.problem;
    }), function (action) {
      return action.text + ': ' + action.problem;
    });
    var confirm = document.createElement('button');
    confirm.type = 'button';
    confirm.className = 'aui-button aui-button-primary agenda-sync-confirm';
    confirm.textContent = 'Create ' + creates.length + (creates.length === 1 ? ' issue' : ' issues') + ' in '
      + projects;
    var cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'aui-button agenda-sync-cancel';
    cancel.textContent = 'Cancel';
    var buttons = document.createElement('p');
    buttons.className = 'agenda-sync-preview-buttons';
    buttons.appendChild(confirm);
    buttons.appendChild(cancel);
    preview.appendChild(buttons);
    function cancelled() {
      closeSyncPreview(section);
      announce(section, 'Sync cancelled: nothing was created in Jira.');
      button.focus();
    }
    confirm.addEventListener('click', function () {
      closeSyncPreview(section);
      button.focus();
      sync(page, section, button);
    });
    cancel.addEventListener('click', cancelled);
    preview.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        cancelled();
      }
    });
    var region = section.querySelector('.agenda-live-region');
    region.parentNode.insertBefore(preview, region.nextSibling);
    announce(section, 'Confirm to create ' + creates.length + (creates.length === 1 ? ' issue' : ' issues') + ' in '
      + projects + ', or cancel.');
    confirm.focus();
  }

  /* A synced task no longer on the page keeps its issue in Jira; every sync lists such issues under the agenda synced,
     each with the choice to leave it as it is or close it there (never delete). A choice made is recorded, so the
     list then says what was chosen and asks no more. */
  function showRemovedTasks(page, section, body) {
    page.sections.forEach(function (each) {
      Array.prototype.forEach.call(each.querySelectorAll('.agenda-removed-tasks'), function (old) {
        old.parentNode.removeChild(old);
      });
    });
    var removed = body.removed || [];
    if (removed.length === 0) {
      return null;
    }
    var box = labelledRegion('agenda-removed-tasks', 'Issues whose tasks were removed from the page');
    var list = document.createElement('ul');
    removed.forEach(function (task) {
      var item = document.createElement('li');
      item.setAttribute('data-removed-action', task.id);
      item.setAttribute('tabindex', '-1');
      var words = document.createElement('span');
      words.className = 'agenda-removed-message';
      words.textContent = task.message + (task.choice ? '' : ' (' + task.summary + ')');
      item.appendChild(words);
      if (!task.choice || task.problem) {
        item.appendChild(removedTaskButton(page, section, task, 'leave', 'Leave ' + task.issueKey + ' as it is'));
        item.appendChild(removedTaskButton(page, section, task, 'close', 'Close ' + task.issueKey + ' in Jira'));
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    var region = section.querySelector('.agenda-live-region');
    region.parentNode.insertBefore(box, region.nextSibling);
    return box;
  }

  function removedTaskButton(page, section, task, choice, label) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'aui-button agenda-removed-' + choice;
    button.textContent = label;
    button.addEventListener('click', function () {
      if (button.getAttribute('aria-disabled') === 'true') {
        return;
      }
      button.setAttribute('aria-disabled', 'true');
      announce(section, (choice === 'close' ? 'Closing ' : 'Leaving ') + task.issueKey + '…');
      request('POST', pageUrl(section, '/removed?action=' + encodeURIComponent(task.id) + '&choice=' + choice),
        function (status, body) {
          if (status === 200 && body && !body.abort) {
            var box = showRemovedTasks(page, section, body);
            var now = box ? withAttribute(box, 'li[data-removed-action]', 'data-removed-action', task.id)[0] : null;
            announce(section, now ? now.querySelector('.agenda-removed-message').textContent : task.issueKey);
            if (now) {
              now.focus();
            }
          } else {
            button.removeAttribute('aria-disabled');
            announce(section, 'Could not ' + choice + ' ' + task.issueKey + ': '
              + ((body && (body.abort || body.message)) || 'HTTP ' + status));
          }
        });
    });
    return button;
  }

  /* What the page itself shows of a tick: the action's lozenge beside its box, and the task's look in the notes. */
  function showTicked(box, done) {
    var label = box.closest('.agenda-tick-label');
    var lozenge = label ? label.querySelector('.aui-lozenge') : null;
    if (lozenge) {
      lozenge.textContent = done ? 'Done' : 'To do';
      lozenge.className = done ? 'aui-lozenge aui-lozenge-success' : 'aui-lozenge';
    }
    var task = box.closest('.agenda-task');
    if (task) {
      task.classList.toggle('agenda-task--complete', done);
    }
  }

  /* A ticked action is not overdue: its overdue marks (its due date's colour and title, the word "overdue") go as soon
     as the box is ticked, wherever the action stands on the page, and come back if it is unticked. */
  function showOverdueAsTicked(actionId, done) {
    withAttribute(document, 'tr[data-action-id], li[data-action-id]', 'data-action-id', actionId)
      .forEach(function (holder) {
        var own = function (element) {
          return element.closest('tr[data-action-id], li[data-action-id]') === holder;
        };
        Array.prototype.filter.call(holder.querySelectorAll('time.agenda-date'), own).forEach(function (time) {
          if (done && time.classList.contains('agenda-date--overdue')) {
            time.classList.remove('agenda-date--overdue');
            time.setAttribute('data-overdue-until-ticked', time.getAttribute('title') || '');
            time.removeAttribute('title');
          } else if (!done && time.hasAttribute('data-overdue-until-ticked')) {
            time.classList.add('agenda-date--overdue');
            if (time.getAttribute('data-overdue-until-ticked')) {
              time.setAttribute('title', time.getAttribute('data-overdue-until-ticked'));
            }
            time.removeAttribute('data-overdue-until-ticked');
          }
        });
        Array.prototype.filter.call(holder.querySelectorAll('.agenda-overdue-word'), own).forEach(function (word) {
          word.hidden = done;
        });
      });
  }

  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box.classList && box.classList.contains('agenda-tick') && box.hasAttribute('data-action-id')) {
      showOverdueAsTicked(box.getAttribute('data-action-id'), box.checked);
    }
  });

  /* A task outside every agenda (a "Parking lot" list after it) is far from any agenda's live region: what became of
     its tick is said beside it, in a live region of its own. */
  function sayBesideTask(box, text) {
    var task = box.closest('.agenda-task');
    if (!task || box.closest('section.agenda')) {
      return;
    }
    var said = task.querySelector('.agenda-task-said');
    if (!said) {
      said = document.createElement('span');
      said.className = 'agenda-task-said';
      said.setAttribute('role', 'status');
      task.appendChild(said);
    }
    said.textContent = text;
  }

  /* Every task on the page ticks, as in Confluence, whether or not it is inside an agenda: a task outside them is
     the page's too, and is ticked through the page's first agenda (which knows the page and where its app is). */
  function startOutsideAgendas(page) {
    document.addEventListener('change', function (event) {
      var box = event.target;
      if (box.classList && box.classList.contains('agenda-tick') && !box.closest('section.agenda')) {
        tick(page, page.sections[0], box);
      }
    });
  }

  /* A control at work (a box whose tick is in flight, Sync, Refresh) stays enabled and keeps the keyboard's focus (a
     disabled control drops it to the page's body): it says it is busy, and activations are ignored until it is done. */
  function markBusy(control, busy) {
    if (busy) {
      control.setAttribute('aria-disabled', 'true');
      control.setAttribute('aria-busy', 'true');
    } else {
      control.removeAttribute('aria-disabled');
      control.removeAttribute('aria-busy');
    }
  }

  function isBusy(control) {
    return control.getAttribute('aria-disabled') === 'true';
  }

  function refuseTogglesInFlight() {
    document.addEventListener('click', function (event) {
      var box = event.target;
      if (box.classList && box.classList.contains('agenda-tick') && isBusy(box)) {
        event.preventDefault();
      }
    }, true);
  }

  /* What became of a tick is said in the action's own row too, where the user looks (the agenda's live region,
     which announces it, may be far above). Not a live region itself: the agenda's already announces it. */
  function sayInRow(box, text) {
    var cell = box.closest('td');
    if (!cell || !box.closest('section.agenda')) {
      return;
    }
    var said = cell.querySelector('.agenda-tick-said');
    if (!said) {
      said = document.createElement('span');
      said.className = 'agenda-tick-said';
      cell.appendChild(said);
    }
    said.textContent = text;
  }

  /* Step 1 of a tick, the same in both hosts: Confluence's own inline-task resource saves it on the page, as
     Confluence's task list does (the preview host answers the same path). Fast whatever Jira's speed. */
  function saveOnPage(section, taskId, done, onDone) {
    var context = (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
    var inlineTask = context + '/rest/inlinetasks/1/task/' + encodeURIComponent(section.getAttribute('data-page-id'))
      + '/' + encodeURIComponent(taskId) + '/';
    request('POST', inlineTask, onDone, { status: done ? 'CHECKED' : 'UNCHECKED', trigger: 'VIEW_PAGE' });
  }

  /* A tick moves Jira under the page's lock, so during a sync it waits for the sync's end: calls then when a sync
     of the page is running (here or anywhere else). */
  function whenSyncRuns(page, section, then) {
    var here = page.sections.some(function (each) {
      return each.getAttribute('aria-busy') === 'true';
    });
    if (here) {
      then();
      return;
    }
    request('GET', pageUrl(section, '/sync/progress'), function (status, body) {
      if (status === 200 && body && body.running) {
        then();
      }
    });
  }

  function tick(page, section, box) {
    var actionId = box.getAttribute('data-action-id');
    var done = box.checked;
    var boxes = [];
    page.sections.forEach(function (each) {
      Array.prototype.push.apply(boxes,
        withAttribute(each, '.agenda-tick[data-action-id]', 'data-action-id', actionId));
    });
    if (boxes.indexOf(box) < 0) {
      boxes.push(box);
    }
    boxes.forEach(function (other) {
      other.checked = done;
      markBusy(other, true);
    });
    var answered = false;
    function say(text) {
      announce(section, text);
      sayBesideTask(box, text);
      sayInRow(box, text);
    }
    var taskId = actionId.substring(actionId.lastIndexOf('/') + 1);
    var url = pageUrl(section, '/tasks/' + encodeURIComponent(taskId) + '/tick?done=' + done);
    function ended() {
      answered = true;
      boxes.forEach(function (other) {
        markBusy(other, false);
      });
    }
    function notSaved(status, body) {
      ended();
      boxes.forEach(function (other) {
        other.checked = !done;
      });
      // Setting checked fires no change event, so the overdue marks follow the box back by hand.
      showOverdueAsTicked(actionId, !done);
      say('Not ' + (done ? 'ticked' : 'unticked') + ': ' + ((body && body.message) || 'HTTP ' + status));
    }
    function moveJira() {
      request('POST', url, function (status, body) {
        ended();
        if (status !== 200 || !body) {
          // The tick is on the page already; only Jira is behind, and the next sync or tick brings it along.
          say('Saved on the page; Jira was not changed: ' + ((body && body.message) || 'HTTP ' + status));
          return;
        }
        var problem = applySafely(page, body);
        var said = body.message || (done ? 'Ticked.' : 'Unticked.');
        say(problem ? said + ' ' + problem : said);
      });
    }
    saveOnPage(section, taskId, done, function (status, body) {
      if (status < 200 || status >= 300) {
        notSaved(status, body);
        return;
      }
      boxes.forEach(function (other) {
        showTicked(other, done);
      });
      say('Saved on the page · Updating Jira…');
      whenSyncRuns(page, section, function () {
        if (!answered) {
          say('Saved on the page · Updating Jira after the sync…');
        }
      });
      moveJira();
    });
  }

  function start(page) {
    page.sections.forEach(function (section) {
      var refresh = section.querySelector('.agenda-refresh-button');
      if (refresh) {
        refresh.addEventListener('click', function () {
          if (isBusy(refresh)) {
            return;
          }
          markBusy(refresh, true);
          announce(section, 'Asking Jira…');
          loadStatuses(page, section, true, function (body, problem) {
            markBusy(refresh, false);
            announce(section, problem || 'Statuses refreshed: ' + (body.issues || []).length + ' issues.');
          });
        });
      }
      var syncButton = section.querySelector('.agenda-sync-button');
      if (syncButton) {
        syncButton.addEventListener('click', function () {
          confirmThenSync(page, section, syncButton);
        });
      }
      section.addEventListener('change', function (event) {
        if (event.target.classList && event.target.classList.contains('agenda-tick')) {
          tick(page, section, event.target);
        }
      });
    });
    if (!page.sections[0].querySelector('.agenda-jira-off')) {
      loadStatuses(page, page.sections[0], false);
    }
  }

  function startAll() {
    var pages = {};
    var order = [];
    Array.prototype.forEach.call(document.querySelectorAll('section.agenda[data-agenda-live]'), function (section) {
      var id = restBase(section) + ' ' + section.getAttribute('data-page-id');
      if (!pages[id]) {
        pages[id] = { sections: [] };
        order.push(id);
      }
      pages[id].sections.push(section);
    });
    order.forEach(function (id) {
      start(pages[id]);
    });
    if (order.length === 1) {
      startOutsideAgendas(pages[order[0]]);
    }
    refuseTogglesInFlight();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startAll);
  } else {
    startAll();
  }
}());

/* The action register (the agenda-actions macro). The server renders it from what it already knows, without asking
   Jira; this asks the register's REST list once, with the macro's own query, and shows each row's live status. A row
   the live list no longer holds (done in Jira under an "open" filter, say) is marked, not silently dropped. */
(function () {
  'use strict';

  var CATEGORY_CLASSES = {
    'new': 'agenda-status--todo',
    'indeterminate': 'agenda-status--inprogress',
    'done': 'agenda-status--done'
  };

  function restBase(section) {
    var base = section.getAttribute('data-rest-base');
    if (base) {
      return base;
    }
    var context = (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
    return context + '/rest/agenda/1.0';
  }

  function show(row, label, category, title) {
    var span = row.querySelector('[data-register-status]');
    if (!span) {
      return;
    }
    span.className = 'aui-lozenge agenda-status ' + category;
    span.textContent = label;
    if (title) {
      span.title = title;
    } else {
      span.removeAttribute('title');
    }
  }

  function apply(section, body) {
    var byId = {};
    body.actions.forEach(function (action) {
      byId[action.id] = action;
    });
    Array.prototype.forEach.call(section.querySelectorAll('tr[data-action-id]'), function (row) {
      var action = byId[row.getAttribute('data-action-id')];
      if (!action) {
        row.classList.add('agenda-register-gone');
        show(row, 'No longer matches', 'agenda-status--todo', 'Jira changed this action since the page was shown');
        return;
      }
      row.setAttribute('data-register-done', action.done ? 'true' : 'false');
      if (action.jiraStatus) {
        show(row, action.jiraStatus, CATEGORY_CLASSES[action.statusCategory] || 'agenda-status--todo',
          action.problem);
      } else if (action.jiraKey && action.problem) {
        show(row, 'Unavailable', 'agenda-status--error', action.problem);
      } else {
        show(row, action.done ? 'Done' : 'Open', action.done ? 'agenda-status--done' : 'agenda-status--todo', null);
      }
    });
    section.setAttribute('data-register-checked', body.checkedAt || 'yes');
  }

  function unavailable(section) {
    Array.prototype.forEach.call(section.querySelectorAll('.agenda-status--pending'), function (span) {
      span.className = 'aui-lozenge agenda-status agenda-status--error';
      span.textContent = 'Unavailable';
    });
    section.setAttribute('data-register-checked', 'failed');
  }

  function refresh(section) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', restBase(section) + '/actions?' + (section.getAttribute('data-register-query') || ''));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      var body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (ignored) {
        body = null;
      }
      if (xhr.status === 200 && body && Array.isArray(body.actions)) {
        apply(section, body);
      } else {
        unavailable(section);
      }
    };
    xhr.onerror = function () {
      unavailable(section);
    };
    xhr.send(null);
  }

  function startAll() {
    Array.prototype.forEach.call(document.querySelectorAll('section.agenda-register[data-register-live]'), refresh);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startAll);
  } else {
    startAll();
  }
}());
