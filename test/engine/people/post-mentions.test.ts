// Officers named by post: by job title where the directory gives one, else by the rank a post
// implies and a word of the team — and only when exactly one officer fits.
import type { Directory } from '../../../src/engine';
import { findPostMentions } from '../../../src/engine/people/post-mentions';
import { sampleDirectory } from '../../../src/sample-council';
import { tokenize } from '../../../src/engine/text/tokens';

/** A directory with no job titles: posts are read from grade and team alone. */
const untitled: Directory = {
  ...sampleDirectory,
  officers: [
    { name: 'Michael Osei', email: 'm.osei@example.gov.uk', grade: 'chief', team: 'Housing and Regeneration' },
    { name: 'Rachel Whitcombe', email: 'r.whitcombe@example.gov.uk', grade: 'senior', team: 'Housing and Regeneration' },
    { name: 'Tunde Bakare', email: 't.bakare@example.gov.uk', grade: 'senior', team: 'Housing and Regeneration' },
    { name: 'Richard Ainsworth', email: 'r.ainsworth@example.gov.uk', grade: 'chief', team: 'Planning and Building Control' },
    { name: 'Simon Rudd', email: 's.rudd@example.gov.uk', grade: 'senior', team: 'Planning and Building Control' },
    { name: 'Graham Lusk', email: 'g.lusk@example.gov.uk', grade: 'chief', team: 'Finance' },
    { name: 'Amanda Greaves', email: 'a.greaves@example.gov.uk', grade: 'chief', team: "Chief Executive's Office" },
  ],
};

function named(directory: Directory, text: string): string[] {
  const tokens = tokenize(text);
  return findPostMentions(directory, tokens, 0, tokens.length).map((m) => `${text.slice(tokens.start(m.first), tokens.end(m.last - 1))} = ${m.officer.name}`);
}

describe('findPostMentions', () => {
  it.each([
    ['Your Head of Planning told the committee.', ['Your Head of Planning = Simon Rudd']],
    ['I have written to the Director of Housing.', ['the Director of Housing = Michael Osei']],
    ['What exactly was the Director of Finance doing?', ['the Director of Finance = Graham Lusk']],
    ['The Chief Executive replied on Monday.', ['The Chief Executive = Amanda Greaves']],
    ['The Planning Director is away.', ['The Planning Director = Richard Ainsworth']],
  ])('names the one officer a post fits: %s', (text, expected) => {
    expect(named(untitled, text)).toEqual(expected);
  });

  it.each([
    // Two senior officers in Housing: "Head of Housing" could be either.
    'The Head of Housing will reply.',
    // A lower post than the word alone.
    'The Assistant Director of Housing will reply.',
    // No team called Parks in this directory.
    'The Parks Manager will reply.',
    // Not a post at all.
    'We are heading off at the head of the queue.',
  ])('names no one when the post fits nobody or several: %s', (text) => {
    expect(named(untitled, text)).toEqual([]);
  });

  it('reads a job title the directory gives', () => {
    expect(named(sampleDirectory, 'Please ask your Waste Services Manager.')).toEqual(['your Waste Services Manager = Fatima Noor']);
    expect(named(sampleDirectory, 'The Director of Housing agreed.')).toEqual(['The Director of Housing = Amanda Cho']);
  });
});
