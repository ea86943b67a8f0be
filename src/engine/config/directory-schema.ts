// The council directory file: zod schema (the single source of the JSON Schema) and its types.
import { z } from 'zod';

export const MEMBER_ROLES = ['mayor', 'leader', 'cabinet', 'scrutiny-chair', 'opposition-spokesperson',
  'committee-chair', 'group-leader'] as const;
export const OFFICER_GRADES = ['chief', 'senior', 'junior'] as const;
export const MAILBOX_KINDS = ['communications', 'member-services', 'all-members', 'party-group', 'team'] as const;

// Deliberately loose: one @, something either side, no spaces. Councils have odd addresses.
const emailAddress = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'config.notEmail' });
const domainName = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, { message: 'config.notDomain' });
const postcodePrefix = z.string().regex(/^\s*[A-Za-z]{1,2}\d[A-Za-z\d]?(\s*\d)?\s*$/, {
  message: 'config.notPostcode',
});

export const wardSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'config.wardId' })
    .meta({ description: 'Stable id used by members[].ward, e.g. "st-helens".' }),
  name: z.string().min(1).meta({ description: 'The ward name as people write it, e.g. "St Helen\'s".' }),
  aliases: z.array(z.string().min(1)).optional().meta({ description: 'Other names for the ward (old names, spellings).' }),
  places: z.array(z.string().min(1)).optional().meta({ description: 'Streets, estates, parks and landmarks in the ward.' }),
  postcodes: z.array(postcodePrefix).optional().meta({ description: 'Outward codes or sectors ("NB1", "NB1 4") in the ward.' }),
  sharedPostcodes: z.array(postcodePrefix).optional()
    .meta({ description: 'Sectors this ward shares with another ward: recorded, but not enough on their own to say a draft concerns this ward.' }),
}).meta({ description: 'An electoral ward.' });

export const memberSchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'Full name without title, e.g. "Jane Smith".' }),
  email: emailAddress.meta({ description: 'The address the member uses for Council business.' }),
  aliases: z.array(emailAddress).optional().meta({ description: 'Other addresses of this member (cllr.x@, mayor@).' }),
  ward: z.union([z.string(), z.array(z.string()).min(1)]).meta({ description: 'Ward id, or a list of ward ids.' }),
  party: z.string().optional().meta({ description: 'Political group, normalised (e.g. "Labour").' }),
  partyOriginal: z.string().optional().meta({ description: 'The party as the source wrote it.' }),
  roles: z.array(z.enum(MEMBER_ROLES)).optional().meta({ description: 'Roles that change how the protocol applies.' }),
  portfolio: z.string().optional().meta({ description: 'Cabinet portfolio, or the portfolio an opposition spokesperson shadows.' }),
}).meta({ description: 'An elected councillor.' });

export const officerSchema = z.strictObject({
  name: z.string().min(1),
  email: emailAddress,
  aliases: z.array(emailAddress).optional(),
  grade: z.enum(OFFICER_GRADES).meta({ description: 'chief (Chief Officers), senior (managers) or junior.' }),
  team: z.string().optional(),
  jobTitle: z.string().optional(),
}).meta({ description: 'A council employee.' });

export const mailboxSchema = z.strictObject({
  email: emailAddress,
  kind: z.enum(MAILBOX_KINDS),
  name: z.string().optional(),
  team: z.string().optional().meta({ description: 'For a team mailbox: the team it serves.' }),
}).meta({ description: 'A shared or list address.' });

export const directorySchema = z.strictObject({
  $schema: z.string().optional(),
  council: z.strictObject({
    name: z.string().min(1),
    domains: z.array(domainName).min(1).meta({ description: 'E-mail domains of the council, e.g. ["northbridge.gov.uk"].' }),
  }),
  wards: z.array(wardSchema),
  members: z.array(memberSchema),
  officers: z.array(officerSchema).default([]),
  mailboxes: z.array(mailboxSchema).default([]),
  mediaDomains: z.array(domainName).default([]).meta({ description: 'Domains of journalists (media-enquiry rule).' }),
  membersWithoutEmail: z.array(z.strictObject({ name: z.string(), ward: z.string(), councillorId: z.string().optional() })).optional()
    .meta({ description: 'Councillors the import found without an e-mail address: add one in the overrides file.' }),
}).meta({ title: 'Protocol Check council directory', description: 'Who is who in the council, and which places are in which ward.' });

export type Directory = z.output<typeof directorySchema>;
export type DirectoryInput = z.input<typeof directorySchema>;
export type Ward = z.output<typeof wardSchema>;
export type Member = z.output<typeof memberSchema>;
export type Officer = z.output<typeof officerSchema>;
export type Mailbox = z.output<typeof mailboxSchema>;
export type MemberRole = (typeof MEMBER_ROLES)[number];
