// The onboarding commands end to end, on fixtures and on a local Modern.gov stand-in.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run-cli';
import { check, loadDirectory } from '../../src/engine';

const fixtures = join(__dirname, '..', 'fixtures');
const quirksXml = join(fixtures, 'moderngov', 'quirks.xml');


const temp = () => mkdtempSync(join(tmpdir(), 'pc-import-'));

/** A fresh directory with the fixture's councillors in it. */
async function withMembers(): Promise<string> {
  const file = join(temp(), 'directory.json');
  await run('import', 'moderngov', '--file', quirksXml, '--directory', file, '--domain', 'vale.gov.uk');
  return file;
}
const readDir = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('import moderngov --file', () => {
  it('creates a valid directory, reports what it could not use, and filters a shared install', async () => {
    const file = join(temp(), 'directory.json');
    const { code, stdout } = await run('import', 'moderngov', '--file', quirksXml, '--directory', file, '--domain', 'vale.gov.uk', '--council-name', 'Vale District Council');
    expect(code).toBe(0);
    const directory = readDir(file);
    expect(loadDirectory(directory).ok).toBe(true);
    expect(directory.council).toEqual({ name: 'Vale District Council', domains: ['vale.gov.uk'] });
    expect(directory.members.map((m: { name: string }) => m.name)).toEqual(['Ada Lovelock', 'Ben Carter', 'Erin Flint', 'Gwen Hale']);
    expect(stdout).toContain('created: 2 wards, 4 members');
    expect(stdout).toContain('no e-mail: Chris Dunmore');
    expect(directory.membersWithoutEmail).toEqual([{ name: 'Chris Dunmore', ward: 'st-helens', councillorId: '203' }]);
    const validated = await run('validate', '--directory', file);
    expect(validated.stdout).toContain('warning: ' + file + ': membersWithoutEmail[0]: Chris Dunmore (st-helens) has no e-mail');
  });

  it('keeps overrides (preferred address, extra aliases, a role correction) and hand-added places on a re-run, and reports changes', async () => {
    const dir = temp();
    const file = join(dir, 'directory.json');
    await run('import', 'moderngov', '--file', quirksXml, '--directory', file, '--domain', 'vale.gov.uk');
    const edited = readDir(file);
    edited.wards[0].places = ['Kiln Lane'];
    edited.members[0].aliases = ['leader@vale.gov.uk'];
    writeFileSync(file, JSON.stringify(edited));
    writeFileSync(join(dir, 'directory.overrides.json'), JSON.stringify({
      members: { 'Chris Dunmore': { email: 'chris.dunmore@vale.gov.uk' }, 'Ben Carter': { email: 'cllr.ben.carter@vale.gov.uk', roles: ['cabinet'] } },
      wards: { 'abbey-priory': { aliases: ['Abbey ward'] } },
    }));
    const { code, stdout } = await run('import', 'moderngov', '--file', quirksXml, '--directory', file, '--domain', 'vale.gov.uk');
    expect(code).toBe(0);
    const directory = readDir(file);
    expect(directory.wards[0].places).toEqual(['Kiln Lane']);
    expect(directory.wards[1].aliases).toEqual(['Abbey ward']);
    expect(directory.members[0].aliases).toEqual(['leader@vale.gov.uk']);
    expect(directory.members[1]).toMatchObject({ email: 'cllr.ben.carter@vale.gov.uk', roles: ['cabinet'] });
    expect(stdout).toContain('roles changed: Ben Carter [cabinet, committee-chair] → [cabinet]');
    // The member without an e-mail joins once the overrides file gives one.
    expect(directory.members.map((m: { name: string }) => m.name)).toContain('Chris Dunmore');
    expect(directory.membersWithoutEmail).toBeUndefined();
    expect(stdout).toContain('member added: Chris Dunmore (st-helens)');
  });

  it('writes nothing when the result would not be valid, and says how to fix it', async () => {
    const dir = temp();
    const file = join(dir, 'directory.json');
    writeFileSync(join(dir, 'directory.overrides.json'), JSON.stringify({ members: { 'Ben Carter': { ward: 'nowhere' } } }));
    const { code, stderr } = await run('import', 'moderngov', '--file', quirksXml, '--directory', file, '--domain', 'vale.gov.uk');
    expect(code).toBe(2);
    expect(stderr).toContain('members[1].ward: unknown ward "nowhere"');
    expect(existsSync(file)).toBe(false);
  });

  it('rejects a misspelt field in the overrides file, naming it', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'directory.overrides.json'), JSON.stringify({ member: {} }));
    const { code, stderr } = await run('import', 'moderngov', '--file', quirksXml, '--directory', join(dir, 'directory.json'));
    expect(code).toBe(2);
    expect(stderr).toContain('unknown field "member" — did you mean "members"?');
  });
});

describe('import moderngov --url (a local stand-in for the council\'s site)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/ok/mgWebService.asmx/GetCouncillorsByWard') response.writeHead(200, { 'content-type': 'text/xml' }).end(readFileSync(quirksXml));
      else if (request.url === '/html/mgWebService.asmx/GetCouncillorsByWard') response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Maintenance</body></html>');
      else if (request.url?.startsWith('/slow/')) setTimeout(() => response.end(''), 3000);
      else response.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('fetches GetCouncillorsByWard from the site root', async () => {
    const file = join(temp(), 'directory.json');
    const { code } = await run('import', 'moderngov', '--url', `${base}/ok`, '--directory', file, '--domain', 'vale.gov.uk');
    expect(code).toBe(0);
    expect(readDir(file).members).toHaveLength(4);
  });

  it.each([
    ['a 404', '/missing', /the server answered 404 — check that this is the Modern\.gov site's address/],
    ['a page that is not the web service', '/html', /not a GetCouncillorsByWard response/],
    ['a time-out', '/slow', /no answer within 1 s/],
  ])('gives one clear line for %s and writes nothing', async (_name, path, message) => {
    const file = join(temp(), 'directory.json');
    const { code, stderr } = await run('import', 'moderngov', '--url', `${base}${path}`, '--directory', file, '--timeout', '1000');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(existsSync(file)).toBe(false);
  });
});

describe('import officers', () => {
  it('reads name,email,grade,team with quoted fields', async () => {
    const file = await withMembers();
    const { code, stdout } = await run('import', 'officers', join(fixtures, 'officers-plain.csv'), '--directory', file);
    expect(code).toBe(0);
    expect(readDir(file).officers).toEqual([
      { name: 'Rita Mensah', email: 'rita.mensah@vale.gov.uk', grade: 'chief', team: "Chief Executive's Office" },
      { name: 'Owen Price', email: 'owen.price@vale.gov.uk', grade: 'senior', team: 'Waste Services' },
      { name: 'Khan, Sara', email: 'sara.khan@vale.gov.uk', grade: 'junior', team: 'Parks, Open Spaces and Trees' },
    ]);
    expect(stdout).toContain('line 3: grade guessed "senior" for Owen Price');
  });

  it('reads a Microsoft 365 user export, grading by job title, with council patterns first', async () => {
    const file = await withMembers();
    writeFileSync(file.replace('.json', '.overrides.json'), JSON.stringify({ gradePatterns: [{ pattern: 'liaison', grade: 'junior' }] }));
    const { code, stdout } = await run('import', 'officers', join(fixtures, 'officers-m365.csv'), '--directory', file);
    expect(code).toBe(0);
    const grades = Object.fromEntries(readDir(file).officers.map((o: { name: string; grade: string }) => [o.name, o.grade]));
    expect(grades).toEqual({ 'Priya Shah': 'chief', 'Tom Reed': 'senior', 'Lucy Hart': 'junior', 'Mo Ali': 'chief', 'Dee Bloom': 'junior' });
    expect(stdout).toContain('line 7: skipped Bad Row — "not-an-address" is not an e-mail address');
  });

  it('says which columns are missing', async () => {
    const file = await withMembers();
    const csv = join(temp(), 'bad.csv');
    writeFileSync(csv, 'who,where\nA,B\n');
    const { code, stderr } = await run('import', 'officers', csv, '--directory', file);
    expect(code).toBe(2);
    expect(stderr).toContain('no name (or "Display name") and no email (or "User principal name") column');
  });
});

describe('import places', () => {
  it('adds streets per ward (gazetteer capitals tidied), keeps a street in both wards it runs through, and names unknown wards', async () => {
    const file = await withMembers();
    const { code, stdout } = await run('import', 'places', '--streets', join(fixtures, 'streets.csv'), '--directory', file);
    expect(code).toBe(0);
    const [helens, abbey] = readDir(file).wards;
    expect(helens.places).toEqual(['Kiln Lane', 'Rectory Gardens', 'Market Street']);
    expect(abbey.places).toEqual(['Priory Walk', 'Market Street']);
    expect(stdout).toContain('"Market Street" runs through St Helen\'s and Abbey & Priory: kept in both');
    expect(stdout).toContain('unknown ward "Northgat"');
  });

  it('turns ONS postcodes into sectors per ward for one local authority; a sector in two wards is shared', async () => {
    const file = await withMembers();
    const { code, stdout } = await run('import', 'places', '--postcodes', join(fixtures, 'nspl.csv'), '--ward-names', join(fixtures, 'ward-names.csv'), '--la-code', 'E07000999', '--directory', file);
    expect(code).toBe(0);
    const [helens, abbey] = readDir(file).wards;
    expect(helens).toMatchObject({ postcodes: ['VA1 1'], sharedPostcodes: ['VA1 3'] });
    expect(abbey).toMatchObject({ postcodes: ['VA1 2'], sharedPostcodes: ['VA1 3'] });
    expect(stdout).toContain('3 postcode sectors: 2 in one ward, 1 shared by two or more');
  });

  it('says when the local authority code matches nothing', async () => {
    const file = await withMembers();
    const before = readFileSync(file, 'utf8');
    const { code, stderr } = await run('import', 'places', '--postcodes', join(fixtures, 'nspl.csv'), '--ward-names', join(fixtures, 'ward-names.csv'), '--la-code', 'E07000000', '--directory', file);
    expect(code).toBe(2);
    expect(stderr).toContain('no postcodes for local authority E07000000');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('import → validate → check', () => {
  it('drives ward-member-copy: the imported ward members are suggested', async () => {
    const file = join(temp(), 'directory.json');
    await run('import', 'moderngov', '--file', quirksXml, '--directory', file, '--domain', 'vale.gov.uk');
    await run('import', 'officers', join(fixtures, 'officers-plain.csv'), '--directory', file);
    await run('import', 'places', '--streets', join(fixtures, 'streets.csv'), '--directory', file);
    const validated = await run('validate', '--directory', file);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('warning: ');
    expect(validated.stdout).toContain('"Market Street" is also wards[0].places');
    const loaded = loadDirectory(readDir(file));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const draft = { from: { email: 'owen.price@vale.gov.uk' }, to: [{ email: 'ada.lovelock@vale.gov.uk' }], cc: [], bcc: [], subject: 'Bins on Kiln Lane',
      body: 'Dear Cllr Lovelock,\n\nThe bins on Kiln Lane were emptied today.\n\nRegards,\nOwen' };
    const finding = check(draft, { directory: loaded.value }).find((f) => f.ruleId === 'ward-member-copy');
    expect(finding?.recipients.map((r) => r.email)).toEqual(['ben.carter@vale.gov.uk']);
  });
});

describe('election', () => {
  it('writes the period from the latest notice day to polling day into a new policy file', async () => {
    const policy = join(temp(), 'policy.json');
    const { code, stdout } = await run('election', '--polling-day', '2027-05-06', '--policy', policy);
    expect(code).toBe(0);
    expect(readDir(policy).preElectionPeriods).toEqual([{ start: '2027-03-31', end: '2027-05-06', name: 'Elections on 2027-05-06' }]);
    expect(stdout).toContain('(the latest day for the notice of election)');
  });

  it('keeps the rest of an existing policy, and keeps a hand-written period unless --replace is given, naming what it replaces', async () => {
    const policy = join(temp(), 'policy.json');
    const original = JSON.stringify({ wardCopyMaxWards: 4, preElectionPeriods: [{ start: '2027-03-31', end: '2027-05-06' }] });
    writeFileSync(policy, original);
    const kept = await run('election', '--polling-day', '2027-05-06', '--notice', '2027-03-26', '--policy', policy);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('kept the period 2027-03-31 to 2027-05-06, written by hand');
    expect(kept.stderr).toContain('--replace');
    expect(readFileSync(policy, 'utf8')).toBe(original);
    const replaced = await run('election', '--polling-day', '2027-05-06', '--notice', '2027-03-26', '--policy', policy, '--replace');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('replaced the period 2027-03-31 to 2027-05-06');
    expect(readDir(policy)).toEqual({ wardCopyMaxWards: 4, preElectionPeriods: [{ start: '2027-03-26', end: '2027-05-06', name: 'Elections on 2027-05-06' }] });
    expect(readFileSync(`${policy}.bak`, 'utf8')).toBe(original);
  });

  it('replaces a period it generated itself without --replace, and says so', async () => {
    const policy = join(temp(), 'policy.json');
    expect((await run('election', '--polling-day', '2027-05-06', '--policy', policy)).code).toBe(0);
    const again = await run('election', '--polling-day', '2027-05-06', '--notice', '2027-03-24', '--policy', policy);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('replaced the period 2027-03-31 to 2027-05-06 ("Elections on 2027-05-06")');
    expect(readDir(policy).preElectionPeriods).toEqual([{ start: '2027-03-24', end: '2027-05-06', name: 'Elections on 2027-05-06' }]);
  });

  it('keeps periods for other elections, and creates the policy\'s folder', async () => {
    const policy = join(temp(), 'council', 'policy.json');
    expect((await run('election', '--polling-day', '2026-05-07', '--policy', policy)).code).toBe(0);
    expect((await run('election', '--polling-day', '2027-05-06', '--policy', policy)).code).toBe(0);
    expect(readDir(policy).preElectionPeriods.map((p: { end: string }) => p.end)).toEqual(['2026-05-07', '2027-05-06']);
  });

  it('refuses a notice later than the law allows, and bad dates', async () => {
    const policy = join(temp(), 'policy.json');
    expect((await run('election', '--polling-day', '2027-05-06', '--notice', '2027-04-01', '--policy', policy)).stderr).toContain('too late — it must be published by 2027-03-31');
    expect((await run('election', '--polling-day', '6 May', '--policy', policy)).code).toBe(2);
    expect(existsSync(policy)).toBe(false);
  });
});
