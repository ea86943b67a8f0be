// Named people of the bundled sample council (Harbury Vale), for readable tests.
import { sampleDirectory } from '../../src/sample-council';
import type { Address } from '../../src/engine';

function person(name: string): Address {
  const member = sampleDirectory.members.find((m) => m.name === name);
  if (member) return { name: `Cllr ${member.name}`, email: member.email };
  const officer = sampleDirectory.officers.find((o) => o.name === name);
  if (officer) return { name: officer.name, email: officer.email };
  throw new Error(`No ${name} in the sample council`);
}

export const cllr = {
  price: person('Alan Price'), holloway: person('Beth Holloway'), hussain: person('Kamal Hussain'),
  forster: person('Diane Forster'), lewis: person('Owen Lewis'),
  adeyemi: person('Grace Adeyemi'), shaw: person('Martin Shaw'), pennington: person('Ruth Pennington'),
  carver: person('Hugh Carver'), rahman: person('Nadia Rahman'), blake: person('Tessa Blake'),
  doyle: person('Ian Doyle'), quinn: person('Sarah Quinn'),
};
export const officer = {
  marlow: person('Julia Marlow'), ellis: person('Rob Ellis'), cho: person('Amanda Cho'), grove: person('Peter Grove'),
  noor: person('Fatima Noor'), tull: person('Gavin Tull'), rudd: person('Helen Rudd'), ware: person('Colin Ware'),
  kemp: person('Lisa Kemp'), baines: person('Tom Baines'), zoe: person('Zoe Marsh'), ravi: person('Ravi Patel'), stone: person('Emily Stone'),
};
export const mailbox = {
  press: { name: 'Communications Team', email: 'press@harburyvale.gov.uk' },
  labourGroup: { name: 'Labour Group', email: 'labour.group@harburyvale.gov.uk' },
  waste: { name: 'Waste and Street Scene', email: 'waste@harburyvale.gov.uk' },
  allMembers: { name: 'All Members', email: 'allmembers@harburyvale.gov.uk' },
};
export const resident = {
  gmail: { name: 'Pat Jones', email: 'pat.jones@gmail.com' },
  btinternet: { name: 'Alex Morgan', email: 'a.morgan@btinternet.com' },
  club: { name: 'Riverside Rowing Club', email: 'secretary@riversiderowing.org.uk' },
  contractor: { name: 'Vale Grounds Ltd', email: 'contracts@valegrounds.co.uk' },
  journalist: { name: 'Sam Reed', email: 'sam.reed@harburyherald.co.uk' },
};
