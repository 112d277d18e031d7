'use strict';
/*
 * A browser page for the tests: jsdom with the markup of our real Velocity templates, jQuery as AJS.$, a small
 * fake AJS (contextPath, I18n.getText answering from our real English bundles), a fake clock for the page's
 * timers, a fake XMLHttpRequest (what jQuery's $.ajax uses) and a fake fetch, both recording every request so a
 * test can look at it and answer it.
 */
const fs = require('node:fs');
const path = require('node:path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { readProperties } = require('./properties');

const MODULE = path.resolve(__dirname, '..', '..', '..', '..');
const RESOURCES = path.join(MODULE, 'src', 'main', 'resources');
const CORE_RESOURCES = path.resolve(MODULE, '..', 'postmortem-core', 'src', 'main', 'resources');
const JQUERY = fs.readFileSync(require.resolve('jquery/dist/jquery.js'), 'utf8');

const CONTEXT_PATH = '/jira';
const PAGE_URL = 'https://jira.example.com/jira/browse/INC-42';

function resource(relative) {
    return fs.readFileSync(path.join(RESOURCES, relative), 'utf8');
}

/* What Jira's I18nHelper gives for a message without arguments: MessageFormat turns '' into '. */
const TEXTS = Object.fromEntries(Object.entries({
    ...readProperties(path.join(CORE_RESOURCES, 'i18n', 'postmortem-core.properties')),
    ...readProperties(path.join(RESOURCES, 'i18n', 'postmortem-jira.properties'))
}).map(([key, value]) => [key, value.replace(/''/g, '\'')]));

function text(key) {
    if (!Object.prototype.hasOwnProperty.call(TEXTS, key)) {
        throw new Error('i18n key ' + key + ' is not in the English bundles');
    }
    return TEXTS[key];
}

function escapeHtml(value) {
    return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/*
 * The part of a Velocity template from the first `start` to the end of `end`, with the given references replaced
 * by HTML-escaped values (as Jira renders them) and $i18n.getText("key") by the English text. Fails when a
 * reference is left, so a template change the tests do not know about is noticed here.
 */
function renderTemplate(relative, start, end, values) {
    const source = resource(relative);
    const from = source.indexOf(start);
    const to = source.indexOf(end, from);
    if (from < 0 || to < 0) {
        throw new Error(relative + ' has no ' + start + ' ... ' + end);
    }
    // References become placeholders first, so that a value which itself looks like a reference is not mistaken
    // for one the template left unrendered.
    const placeholders = [];
    let html = source.slice(from, to + end.length)
        .replace(/\$i18n\.getText\((["'])([\w.]+)\1\)/g, (all, quote, key) => escapeHtml(text(key)));
    for (const [reference, value] of Object.entries(values)) {
        html = html.split(reference).join('\u0000' + placeholders.length + '\u0000');
        placeholders.push(escapeHtml(value));
    }
    const left = /\$!?\{?[a-zA-Z]/.exec(html);
    if (left) {
        throw new Error(relative + ': unrendered reference at ' + html.slice(left.index, left.index + 40));
    }
    html = html.replace(/\u0000(\d+)\u0000/g, (all, index) => placeholders[Number(index)]);
    return html;
}

/* The edit template's field markup for a stored value (what Jira puts into $!value). */
function narrativeField(value, fieldId = 'customfield_10100') {
    return renderTemplate('templates/jira/customfield/narrative-edit.vm', '<div class="pm-narrative-editor"',
        '</div>', {'$customField.id': fieldId, '$!value': value});
}

/* The soak panel's override form for an action issue. */
function soakOverrideForm(issueKey) {
    return renderTemplate('templates/jira/soak/soak-panel.vm', '<form', '</form>', {'$soak.issueKey': issueKey});
}

/* The button that opens the soak panel's override form (collapsed until then). */
function soakOverrideToggle(issueKey) {
    return renderTemplate('templates/jira/soak/soak-panel.vm', '<button class="aui-button postmortem-soak-override-toggle"',
        '</button>', {'$soak.issueKey': issueKey});
}

/* setTimeout/clearTimeout of the page under the test's control: time passes only through tick(). */
class FakeClock {
    constructor() {
        this.now = 0;
        this.nextId = 1;
        this.timers = new Map();
    }

    setTimeout(callback, delay, ...args) {
        const id = this.nextId++;
        this.timers.set(id, {at: this.now + Math.max(0, Number(delay) || 0), callback, args});
        return id;
    }

    clearTimeout(id) {
        this.timers.delete(id);
    }

    /* Lets `ms` pass, running every timer that comes due on the way, in order. */
    tick(ms = 0) {
        const until = this.now + ms;
        for (;;) {
            let nextId = null;
            let next = null;
            for (const [id, timer] of this.timers) {
                if (timer.at <= until && (next === null || timer.at < next.at)) {
                    nextId = id;
                    next = timer;
                }
            }
            if (next === null) {
                break;
            }
            this.timers.delete(nextId);
            this.now = next.at;
            next.callback(...next.args);
        }
        this.now = until;
    }

    get pending() {
        return this.timers.size;
    }
}

/* One request the page sent, through XMLHttpRequest or fetch. */
class Request {
    constructor(method, url, headers, body) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.body = body;
        this.answered = false;
    }

    header(name) {
        const found = Object.keys(this.headers).find((key) => key.toLowerCase() === name.toLowerCase());
        return found === undefined ? undefined : this.headers[found];
    }

    json() {
        return JSON.parse(this.body);
    }
}

function fakeXhrClass(requests) {
    return class FakeXMLHttpRequest {
        constructor() {
            this.readyState = 0;
            this.status = 0;
            this.statusText = '';
            this.responseText = '';
            this.responseType = '';
            this.onload = null;
            this.onerror = null;
            this.onabort = null;
            this.ontimeout = null;
            this.onreadystatechange = null;
            this.responseHeaders = {};
        }

        open(method, url) {
            this.request = new Request(method, url, {}, null);
            this.readyState = 1;
        }

        setRequestHeader(name, value) {
            this.request.headers[name] = value;
        }

        overrideMimeType() {
        }

        send(body) {
            this.request.body = body === undefined ? null : body;
            this.request.respond = (status, responseBody, headers = {'Content-Type': 'application/json'}) => {
                this.request.answered = true;
                this.status = status;
                this.statusText = String(status);
                this.responseText = typeof responseBody === 'string' ? responseBody : JSON.stringify(responseBody);
                this.responseHeaders = headers;
                this.readyState = 4;
                if (this.onload) {
                    this.onload();
                }
            };
            this.request.networkError = () => {
                this.request.answered = true;
                this.readyState = 4;
                if (this.onerror) {
                    this.onerror();
                }
            };
            requests.push(this.request);
        }

        getAllResponseHeaders() {
            return Object.entries(this.responseHeaders).map(([name, value]) => name + ': ' + value + '\r\n').join('');
        }

        abort() {
            this.request.aborted = true;
        }
    };
}

/* fetch() answered by the test: request.respond(status, body) or request.networkError(). */
function fakeFetch(requests) {
    return function fetch(url, init = {}) {
        const request = new Request(init.method || 'GET', String(url), {...(init.headers || {})}, init.body);
        request.credentials = init.credentials;
        return new Promise((resolve, reject) => {
            request.respond = (status, body) => {
                request.answered = true;
                const raw = typeof body === 'string' ? body : JSON.stringify(body);
                resolve({
                    ok: status >= 200 && status < 300,
                    status,
                    json: () => Promise.resolve().then(() => JSON.parse(raw)),
                    text: () => Promise.resolve(raw)
                });
            };
            request.networkError = () => {
                request.answered = true;
                reject(new TypeError('Failed to fetch'));
            };
            requests.push(request);
        });
    };
}

/* Lets the page's pending promise callbacks run (fetch answers, .then/.finally). */
function settle() {
    return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Opens a page with `body` as its markup and runs the given scripts (paths under src/main/resources) the way
 * Jira's web-resources would: jQuery and AJS first, then each script, then the DOM-ready handlers.
 * Options: jira (a fake JIRA with bind/trigger of NEW_CONTENT_ADDED); define (an AMD define(name, deps, factory)
 * the scripts find as the page's loader, e.g. to take a dashboard item's module).
 */
async function openPage(body, scripts, options = {}) {
    const errors = [];
    const navigations = [];
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', (error) => {
        // jsdom cannot navigate: location.reload() ends here, which is how a test sees the page reload.
        if (/navigation/.test(error.message)) {
            navigations.push(error.message);
        } else {
            errors.push(error);
        }
    });
    const dom = new JSDOM('<!DOCTYPE html><html><head></head><body>' + body + '</body></html>', {
        url: PAGE_URL,
        runScripts: 'outside-only',
        virtualConsole
    });
    const window = dom.window;
    await new Promise((resolve) => window.addEventListener('load', resolve));

    const clock = new FakeClock();
    const requests = [];
    window.setTimeout = clock.setTimeout.bind(clock);
    window.clearTimeout = clock.clearTimeout.bind(clock);
    window.XMLHttpRequest = fakeXhrClass(requests);
    window.fetch = fakeFetch(requests);
    window.eval(JQUERY);
    const i18nCalls = [];
    window.AJS = {
        $: window.jQuery,
        contextPath: () => CONTEXT_PATH,
        I18n: {
            getText(key, ...args) {
                i18nCalls.push(key);
                return text(key).replace(/\{(\d+)\}/g, (all, index) => String(args[Number(index)]));
            }
        }
    };
    const handlers = {};
    if (options.jira) {
        window.JIRA = {
            Events: {NEW_CONTENT_ADDED: 'newContentAdded'},
            bind(event, handler) {
                (handlers[event] = handlers[event] || []).push(handler);
            }
        };
    }
    if (options.define) {
        window.define = options.define;
    }
    for (const script of scripts) {
        window.eval(resource(script) + '\n//# sourceURL=' + script);
    }
    clock.tick(0);

    return {
        window,
        document: window.document,
        $: window.jQuery,
        clock,
        requests,
        errors,
        navigations,
        i18nCalls,
        /* What JIRA.trigger(JIRA.Events.NEW_CONTENT_ADDED, [$context]) does for our handler. */
        newContentAdded(element) {
            for (const handler of handlers.newContentAdded || []) {
                handler(new window.jQuery.Event('newContentAdded'), window.jQuery(element), 'dialogReady');
            }
            clock.tick(0);
        },
        close() {
            window.close();
        }
    };
}

module.exports = {
    CONTEXT_PATH,
    FakeClock,
    escapeHtml,
    narrativeField,
    openPage,
    renderTemplate,
    resource,
    settle,
    soakOverrideForm,
    soakOverrideToggle,
    text
};
