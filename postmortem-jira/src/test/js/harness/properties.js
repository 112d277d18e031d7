'use strict';
/* Reading the plugin's i18n bundles as Java does, for the jsdom and the browser tests. */
const fs = require('node:fs');

/* Java properties (UTF-8, as Java 9+ reads them): comments, key=value or key: value, \uXXXX, continuations. */
function readProperties(file) {
    const texts = {};
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i].replace(/^\s+/, '');
        if (line === '' || line.startsWith('#') || line.startsWith('!')) {
            continue;
        }
        while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
            line = line.slice(0, -1) + lines[++i].replace(/^\s+/, '');
        }
        const match = /^((?:\\.|[^\\=:\s])+)\s*[=:\s]\s*(.*)$/.exec(line);
        if (!match) {
            continue;
        }
        texts[unescape(match[1])] = unescape(match[2]);
    }
    return texts;
}

function unescape(text) {
    return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (all, code) => {
        if (code.length === 5) {
            return String.fromCharCode(parseInt(code.slice(1), 16));
        }
        return {t: '\t', n: '\n', r: '\r', f: '\f'}[code] || code;
    });
}

module.exports = { readProperties };
