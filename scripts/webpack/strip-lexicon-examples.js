// Webpack loader for the on-send bundle: removes the `examples: { … }` and `note: '…'` properties
// from the engine's lexicon files. The examples are each entry's proof (the tests run them); the
// on-send handler never reads them, and Outlook's JavaScript-only runtime loads this file on every
// Send, so it carries phrases alone. Reads the source with quotes and comments respected.
'use strict';

/** Index just past the value that starts at `i` (an object, array, string or bare word). */
function endOfValue(source, i) {
  const open = source[i];
  if (open === "'" || open === '"' || open === '`') return endOfString(source, i);
  if (open !== '{' && open !== '[') {
    let k = i;
    while (k < source.length && !/[,}\n]/.test(source[k])) k++;
    return k;
  }
  let depth = 0;
  for (let k = i; k < source.length; k++) {
    const c = source[k];
    if (c === "'" || c === '"' || c === '`') k = endOfString(source, k) - 1;
    else if (c === '/' && source[k + 1] === '/') k = source.indexOf('\n', k) - 1;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  throw new Error('strip-lexicon-examples: unbalanced value');
}

function endOfString(source, i) {
  const quote = source[i];
  for (let k = i + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === quote) return k + 1;
  }
  throw new Error('strip-lexicon-examples: unterminated string');
}

function stripExamples(source) {
  const property = /(^|[{,\s])(examples|note)\s*:\s*/g;
  let out = '';
  let cursor = 0;
  let match;
  while ((match = property.exec(source))) {
    const keyStart = match.index + match[1].length;
    if (keyStart < cursor) continue;
    let end = endOfValue(source, property.lastIndex);
    // Take the comma after the value too, so the object stays well formed.
    const after = /^\s*[,;]/.exec(source.slice(end));
    if (after) end += after[0].length;
    out += source.slice(cursor, keyStart);
    cursor = end;
    property.lastIndex = end;
  }
  return out + source.slice(cursor);
}

module.exports = function stripLexiconExamples(source) {
  return stripExamples(source);
};
module.exports.stripExamples = stripExamples;
