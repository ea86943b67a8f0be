// Fixes as offered to the user: an edit that would change nothing (a removal of words in the
// greeting, sign-off or signature, which fixes leave alone) is dropped, and so is a fix left empty.
import { makeTranslator, type Translator } from '../i18n/translator';
import type { Edit, Fix } from '../types';

function isNoOp(edit: Edit): boolean {
  return edit.op === 'replaceText' && edit.span.start === edit.span.end && edit.replacement === '';
}

/** The fixes worth offering, and a note to add to the message when one was withdrawn. */
export function offeredFixes(fixes: readonly Fix[], t: Translator = makeTranslator('en')): { fixes: Fix[]; note?: string } {
  let withdrawn = false;
  const kept: Fix[] = [];
  for (const fix of fixes) {
    const edits = fix.edits.filter((e) => !isNoOp(e));
    if (edits.length === 0 && fix.edits.length > 0) withdrawn = true;
    else kept.push(edits.length === fix.edits.length ? fix : { ...fix, edits });
  }
  return withdrawn ? { fixes: kept, note: t.t('fixes.protectedNote') } : { fixes: kept };
}
