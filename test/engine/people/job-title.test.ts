// A bilingual job title shows the reader's half, and a long one is cut at a word: the on-send alert has 500 characters.
import { shownJobTitle } from '../../../src/engine/people/job-title';

describe('shownJobTitle', () => {
  const bilingual = 'Pennaeth Gwasanaethau Cyfreithiol a Democrataidd a Swyddog Monitro / Head of Legal and Democratic Services and Monitoring Officer';

  it('shows the Welsh half to a Welsh reader and the English half to an English one', () => {
    expect(shownJobTitle(bilingual, 'cy')).toBe('Pennaeth Gwasanaethau Cyfreithiol a Democrataidd a Swyddog…');
    expect(shownJobTitle('Head of Planning / Pennaeth Cynllunio', 'cy')).toBe('Pennaeth Cynllunio');
    expect(shownJobTitle('Pennaeth Cynllunio / Head of Planning', 'en')).toBe('Head of Planning');
  });

  it('keeps an English title with a slash in it whole', () => {
    expect(shownJobTitle('Director of Place / Deputy Chief Executive', 'cy')).toBe('Director of Place / Deputy Chief Executive');
  });

  it('cuts a long title at a word boundary', () => {
    const long = 'Head of Legal and Democratic Services, Monitoring Officer and Deputy Chief Executive (Interim)';
    const shown = shownJobTitle(long, 'en');
    expect(shown.length).toBeLessThanOrEqual(61);
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
  });
});
