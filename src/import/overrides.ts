// The overrides file the admin edits by hand: it wins over every import and survives re-imports.
import { z } from 'zod';
import { MEMBER_ROLES, OFFICER_GRADES } from '../engine/config/directory-schema';

const email = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'config.notEmailPlain' });

export const overridesSchema = z.strictObject({
  $schema: z.string().optional(),
  council: z.strictObject({ name: z.string().min(1).optional(), domains: z.array(z.string()).optional() }).optional(),
  members: z.record(z.string(), z.strictObject({
    email: email.optional().meta({ description: "The member's preferred address (replaces the imported one)." }),
    aliases: z.array(email).optional(),
    ward: z.union([z.string(), z.array(z.string())]).optional(),
    party: z.string().optional(),
    roles: z.array(z.enum(MEMBER_ROLES)).optional(),
    portfolio: z.string().optional(),
  })).default({}).meta({ description: 'Keyed by the member\'s name as imported, or by their e-mail address.' }),
  wards: z.record(z.string(), z.strictObject({
    name: z.string().optional(), aliases: z.array(z.string()).optional(), places: z.array(z.string()).optional(), postcodes: z.array(z.string()).optional(),
  })).default({}),
  officers: z.record(z.string(), z.strictObject({ grade: z.enum(OFFICER_GRADES).optional(), team: z.string().optional() })).default({})
    .meta({ description: 'Keyed by e-mail address: grade or team corrections that survive officer imports.' }),
  gradePatterns: z.array(z.strictObject({ pattern: z.string(), grade: z.enum(OFFICER_GRADES) })).default([])
    .meta({ description: 'Job-title patterns (regular expressions, case-insensitive) tried before the built-in ones.' }),
});

export type Overrides = z.output<typeof overridesSchema>;
export const NO_OVERRIDES: Overrides = overridesSchema.parse({});
