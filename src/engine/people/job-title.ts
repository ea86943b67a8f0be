// A job title as a finding shows it: the half in the reader's language when the directory gives both
// ("Pennaeth Cynllunio / Head of Planning"), cut at a word if it is still long — the on-send alert has
// 500 characters, and a council's bilingual titles can take a hundred of them.
import type { Lang } from '../i18n/lang';

/** Longest title shown; past this it is cut at a word boundary with "…". */
const MAX_TITLE_CHARS = 60;

/** Letters and words that only Welsh writes: a half with them is the Welsh half. */
const WELSH = /[ŵŷâêîôûŴŶÂÊÎÔÛ]|\b(?:pennaeth|cyfarwyddwr|swyddog|rheolwr|gwasanaethau|prif|cynorthwyydd|arweinydd|tîm|tim|cyngor|ac|a|y|yr)\b/i;

export function shownJobTitle(jobTitle: string, lang: Lang): string {
  const halves = jobTitle.split(/\s+\/\s+|\s*\|\s*/).map((half) => half.trim()).filter((half) => half !== '');
  let title = jobTitle.trim();
  if (halves.length === 2) {
    const welshFirst = WELSH.test(halves[0]!) && !WELSH.test(halves[1]!);
    const welshSecond = WELSH.test(halves[1]!) && !WELSH.test(halves[0]!);
    if (welshFirst || welshSecond) {
      const welsh = welshFirst ? halves[0]! : halves[1]!;
      const english = welshFirst ? halves[1]! : halves[0]!;
      title = lang === 'cy' ? welsh : english;
    }
  }
  if (title.length <= MAX_TITLE_CHARS) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE_CHARS);
  return `${title.slice(0, cut > 0 ? cut : MAX_TITLE_CHARS)}…`;
}
