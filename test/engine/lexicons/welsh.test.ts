import { cy, welshForms } from '../../../src/engine/lexicons/welsh';

describe('Welsh mutations', () => {
  it.each([
    ['Llafur', ['llafur', 'lafur']],
    ['plaid', ['plaid', 'blaid', 'mhlaid', 'phlaid']],
    ['cywilydd', ['cywilydd', 'gywilydd', 'nghywilydd', 'chywilydd']],
    ['gwarthus', ['gwarthus', 'warthus', 'ngwarthus']],
    ['esgeuluso', ['esgeuluso', 'hesgeuluso']],
    ['difetha', ['difetha', 'ddifetha', 'nifetha']],
    ['rhannu', ['rhannu', 'rannu']],
    ['siomedig', ['siomedig']],
  ])('%s takes %j', (word, forms) => {
    expect(welshForms(word).sort()).toEqual([...forms].sort());
  });

  it('mutates only the first word of a phrase', () => {
    expect(cy('brwydro dros')).toEqual(['brwydro dros', 'frwydro dros', 'mrwydro dros']);
  });

  it('keeps a one-letter first word, and lists a phrase opening with the article without it too', () => {
    // ("Mae'r weinyddiaeth hon wedi anghofio…": the article is written onto "Mae", so the phrase must match without it.)
    expect(cy('y weinyddiaeth hon')).toEqual(expect.arrayContaining(['y weinyddiaeth hon', 'weinyddiaeth hon']));
    expect(cy('yr hen griw')).toEqual(expect.arrayContaining(['yr hen griw', 'hen griw']));
    expect(cy('i mewn')).toContain('i mewn');
    expect(cy('brwydro dros')).not.toContain('dros');
  });
});
