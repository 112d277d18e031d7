'use strict';
/*
 * Answers the editor's POST /rest/postmortem/1.0/narrative/lint in the browser tests: the server's answer shape
 * ({findings: [{matchedText, message, question}]}) with texts from the real bundles, for "should have" only.
 */
const { bundles } = require('./browser');

function lintStub(moduleDir, language) {
    const texts = bundles(moduleDir, language);
    return async request => {
        if (!request.url().endsWith('/rest/postmortem/1.0/narrative/lint')) {
            return null;
        }
        const text = String(JSON.parse(request.postData() || '{}').text || '');
        const match = /should have/i.exec(text);
        return { json: { findings: match ? [{
            matchedText: match[0],
            message: texts['postmortem.language.rule.shouldHave'].replace('{0}', match[0]).replace(/''/g, '\''),
            question: texts['postmortem.language.question.knewThen']
        }] : [] } };
    };
}

module.exports = { lintStub };
