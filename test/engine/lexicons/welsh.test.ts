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
});
