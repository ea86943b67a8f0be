// Stands in for src/engine/i18n/detect-welsh.ts in the on-send bundle: the e-mail's language only
// chooses the language of sentences fixes write, and no fix is written on Send. (Size budget.)
'use strict';

exports.detectLanguage = () => undefined;
