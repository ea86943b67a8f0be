import { isOwnPrivateAddress } from '../../../src/engine/people/own-address';

describe('isOwnPrivateAddress', () => {
  it.each([
    ['Cllr Calum Fraser', 'calumfraser64@gmail.com'],
    ['Cllr Calum Fraser', 'c.fraser@btinternet.com'],
    ['Councillor Siân Elis', 'sian.elis@outlook.com'],
    ['Calum Fraser', 'fraser.calum@hotmail.co.uk'],
    ['Calum Fraser', 'fraserc@hotmail.co.uk'],
  ])('%s writing to %s writes to themselves', (name, email) => expect(isOwnPrivateAddress(name, email)).toBe(true));
  it.each([
    ['Cllr Calum Fraser', 'mary.fraser@gmail.com'],
    ['Cllr Calum Fraser', 'cathy.fraser@gmail.com'],
    ['Cllr Calum Fraser', 'calum.mackay@gmail.com'],
    ['Cllr Jo Ng', 'jo.ng@gmail.com'],
    ['Fraser', 'fraser@gmail.com'],
    [undefined, 'calumfraser64@gmail.com'],
  ])('%s writing to %s writes to someone else', (name, email) => expect(isOwnPrivateAddress(name, email)).toBe(false));
});
