/**
 * The page side of google.script.run for pages served by the preview server: the same surface as
 * Apps Script's client (guides/html/reference/run): a runner whose handler setters return a new
 * runner, one method per public server function (calling another name is a TypeError, as the
 * real object has no such method), handlers called asynchronously, illegal arguments (a Date, a
 * function, a DOM node, a circular object, anywhere inside) failing the call on the page. Plus
 * google.script.host (close, setHeight, setWidth, editor.focus).
 */
export function clientShim(functionNames: readonly string[], user: string | null): string {
  return `(function () {
  var names = ${JSON.stringify([...functionNames])};
  var user = ${JSON.stringify(user)};
  function illegal(value, key, seen) {
    if (value === null || value === undefined) return null;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return null;
    if (t !== 'object') return key;
    if (value instanceof Date || (typeof Node !== 'undefined' && value instanceof Node)) return key;
    if (seen.indexOf(value) >= 0) return key;
    var proto = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return key;
    seen.push(value);
    for (var k in value) {
      if (Object.prototype.hasOwnProperty.call(value, k)) {
        var bad = illegal(value[k], k, seen);
        if (bad !== null) return bad;
      }
    }
    seen.pop();
    return null;
  }
  function later(fn) { setTimeout(fn, 0); }
  function runner(handlers) {
    var r = {
      withSuccessHandler: function (fn) { return runner(Object.assign({}, handlers, { success: fn })); },
      withFailureHandler: function (fn) { return runner(Object.assign({}, handlers, { failure: fn })); },
      withUserObject: function (obj) { return runner(Object.assign({}, handlers, { userObject: obj })); }
    };
    names.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        for (var i = 0; i < args.length; i++) {
          var bad = illegal(args[i], String(i), []);
          if (bad !== null) {
            var error = new Error('Failed due to illegal value in property: ' + bad);
            later(function () { if (handlers.failure) handlers.failure(error, handlers.userObject); });
            return;
          }
        }
        running(1);
        notifyParent('running', name);
        fetch('/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: name, args: args, user: user }) })
          .then(function (response) { return response.json(); })
          .then(function (result) {
            notifyParent('ran', name);
            if (result.ok) { if (handlers.success) handlers.success(result.value === undefined ? undefined : result.value, handlers.userObject); }
            else {
              var e = new Error(result.error.message);
              e.name = result.error.name;
              if (handlers.failure) handlers.failure(e, handlers.userObject);
            }
          }, function (networkError) {
            notifyParent('ran', name);
            if (handlers.failure) handlers.failure(new Error('NetworkError: ' + networkError.message), handlers.userObject);
          })
          .then(function () { running(-1); }, function (error) { running(-1); throw error; });
      };
    });
    return r;
  }
  // Calls whose handlers have not run yet, marked on the page itself (html[data-script-running]) so
  // whoever drives the page knows an answer is still to come; a handler that calls again keeps it.
  var inFlight = 0;
  function running(delta) {
    inFlight += delta;
    if (inFlight > 0) document.documentElement.setAttribute('data-script-running', String(inFlight));
    else document.documentElement.removeAttribute('data-script-running');
  }
  // The preview page around a sidebar or dialog frame hears what the page does.
  function notifyParent(what, data) {
    if (window.parent && window.parent !== window) window.parent.postMessage({ googleScriptHost: what, data: data === undefined ? null : data }, '*');
  }
  function hostCall(what, data) {
    notifyParent(what, data);
    fetch('/host', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ what: what, data: data || null }) });
  }
  // A link to a generated Google Doc opens the preview's own view of it: docs.google.com is out of reach here.
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    var doc = link ? /^https:\\/\\/docs\\.google\\.com\\/document\\/d\\/([-\\w]+)/.exec(link.href) : null;
    if (!doc) return;
    event.preventDefault();
    window.open('/doc/' + doc[1], '_blank');
  }, true);
  window.google = { script: {
    run: runner({}),
    host: {
      close: function () { hostCall('close'); },
      setHeight: function (h) { hostCall('setHeight', h); },
      setWidth: function (w) { hostCall('setWidth', w); },
      editor: { focus: function () { hostCall('focus'); } }
    }
  } };
})();`;
}
