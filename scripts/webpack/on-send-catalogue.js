// Webpack loader for the on-send bundle: keeps, of the English catalogue (src/engine/i18n/en.ts),
// only the alert's own words and the default clauses. The on-send handler fetches the full
// catalogue of the user's language (i18n/en.json or i18n/cy.json, published beside it) for the
// findings' messages and rule labels; if that fetch fails the alert names the rules by id.
// The on-send file has a size budget, and most of the catalogue (titles, descriptions, fix
// wording) is never shown on Send. A key it lacks renders as "". One entry per line in en.ts.
'use strict';

/** Keys bundled in the on-send file; the rest come with the fetched catalogue. */
const BUNDLED_ON_SEND = /^(?:alert\.[a-zA-Z]+|[a-z-]+\.citation)$/;

/** `'x.citation': '001 §12.5: when writing…',` → `'x.citation': '001 §12.5',`: the alert names the clause only. */
function clauseOnly(line) {
  return line.replace(/^(\s*'[a-z-]+\.citation': (["']))([^:"']*):.*\2,\s*$/, '$1$3$2,');
}

function onSendCatalogue(source) {
  return source.split('\n').filter((line) => {
    const entry = /^\s*'([^']+)':/.exec(line);
    return !entry || BUNDLED_ON_SEND.test(entry[1]);
  }).map(clauseOnly).join('\n');
}

module.exports = function loader(source) {
  return onSendCatalogue(source);
};
module.exports.onSendCatalogue = onSendCatalogue;
module.exports.BUNDLED_ON_SEND = BUNDLED_ON_SEND;
