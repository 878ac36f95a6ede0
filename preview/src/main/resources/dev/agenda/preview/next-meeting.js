// "Create next meeting" on a preview page: posts the date to the REST resource, opens the page it made, or says the
// page for that date exists, with a link to it. Everything from the server is written as text, never as HTML.
(function () {
  'use strict';
  var form = document.querySelector('form.preview-next-meeting');
  if (!form) {
    return;
  }
  var result = form.querySelector('.preview-next-meeting-result');
  var button = form.querySelector('button');
  function say(text, address) {
    result.textContent = text;
    if (address) {
      result.appendChild(document.createTextNode(' '));
      var link = document.createElement('a');
      link.href = address;
      link.textContent = 'Open it';
      link.className = 'preview-next-meeting-existing';
      result.appendChild(link);
    }
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (button.getAttribute('aria-busy') === 'true') {
      return;
    }
    var date = form.elements.date.value;
    button.setAttribute('aria-busy', 'true');
    say('Creating the meeting of ' + date + '…');
    fetch(form.getAttribute('data-next-url') + '?date=' + encodeURIComponent(date), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'X-Atlassian-Token': 'no-check', 'Accept': 'application/json'}
    }).then(function (response) {
      return response.json().then(function (body) {
        return {status: response.status, body: body};
      });
    }).then(function (answer) {
      button.removeAttribute('aria-busy');
      if (answer.status === 201) {
        say('Created ' + answer.body.title + ' with ' + answer.body.carried.length + ' open actions; opening it…');
        window.location.assign(answer.body.address);
      } else if (answer.status === 409) {
        say('The page for ' + date + ' exists: ' + answer.body.title + '.', answer.body.address);
      } else {
        say('The next meeting was not created: ' + (answer.body.message || ('HTTP ' + answer.status)));
      }
    }).catch(function (failure) {
      button.removeAttribute('aria-busy');
      say('The next meeting was not created: ' + failure);
    });
  });
})();
