// Which language an e-mail is written in, so that a fix writes its sentence in the same one: a
// count of common Welsh function words (few of which are English words). No dictionary: this runs
// on every keystroke and in the on-send bundle.
import type { Lang } from './lang';

const WELSH_WORDS = new Set([
  'yn', 'yr', 'y', 'mae', 'wedi', 'ac', 'ein', 'eich', 'hwn', 'hon', 'hyn', 'yw', 'ydy', 'ydw', 'nid', 'ddim', 'gyda',
  'bod', 'fel', 'ond', 'neu', 'gan', 'sydd', 'fydd', 'bydd', 'hefyd', 'iawn', 'diolch', 'annwyl', 'rwy', "rwy'n", 'rydw',
  'rydym', "rydyn", 'byddwn', "o'r", "i'r", "a'r", "yn'", 'ar', 'ni', 'chi', 'fi', 'nhw', 'ei', 'eu', 'dros', 'wrth',
  'oherwydd', 'felly', 'gallwch', 'allech', 'cofion', 'cyngor', 'cynghorydd', 'am', 'i', 'o', 'a',
]);
// "a", "i", "o" and "am" are English too: they count only once Welsh is already likely.
const SHARED = new Set(['a', 'i', 'o', 'am']);

/** How much of the text is read to tell its language (a few hundred words). */
const SAMPLE_CHARACTERS = 4000;

/** 'cy' when at least 3 Welsh function words make up a fifth of the words; 'en' when English is plain; undefined when too short to tell. */
export function detectLanguage(text: string): Lang | undefined {
  // The opening of the message tells its language: a 1 MB body is not read to the end for it.
  const words = text.slice(0, SAMPLE_CHARACTERS).toLowerCase().replace(/[’‘]/g, "'").match(/[a-zâêîôûŵŷäëïöüẅÿáéíóú']+/g) ?? [];
  if (words.length < 4) return undefined;
  let distinctive = 0;
  let shared = 0;
  for (const word of words) {
    if (!WELSH_WORDS.has(word)) continue;
    if (SHARED.has(word)) shared++;
    else distinctive++;
  }
  const hits = distinctive >= 3 ? distinctive + shared : distinctive;
  return hits >= 3 && hits / words.length >= 0.2 ? 'cy' : 'en';
}
