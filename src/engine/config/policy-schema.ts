// The council policy file: how each rule applies here. Every field is optional.
// Messages are config catalogue keys (src/engine/i18n/config-en.ts), worded in the host's language.
import { z } from 'zod';
import { RULE_IDS } from './rule-ids';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'config.time24' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'config.isoDate' });

export const ruleSettingSchema = z.strictObject({
  severity: z.enum(['off', 'info', 'warning', 'error']).optional()
    .meta({ description: '"off" switches the rule off; otherwise every finding of the rule gets this severity.' }),
  citation: z.union([
    z.string().min(1),
    z.strictObject({ en: z.string().min(1).optional(), cy: z.string().min(1).optional() })
      .refine((c) => c.en !== undefined || c.cy !== undefined, { message: 'config.citationLang' }),
  ]).optional().meta({ description: 'The council\'s own clause, shown with each finding: one string, or { "en": …, "cy": … } in both languages.' }),
});

export const policySchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), ruleSettingSchema).default({})
    .superRefine((rules, ctx) => {
      for (const id of Object.keys(rules)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          // Worded by format-issues.ts in the host's language: the nearest rule, or the list.
          ctx.addIssue({ code: 'custom', path: [id], message: 'config.unknownRule', params: { id, word: id, candidates: RULE_IDS, listKey: 'config.ruleList' } });
        }
      }
    })
    .meta({ description: 'Per-rule settings, keyed by rule id.', propertyNames: { enum: [...RULE_IDS] } }),
  officeHours: z.strictObject({
    start: clock.default('09:00'),
    end: clock.default('17:00'),
    days: z.array(z.enum(DAYS)).default(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']),
    timeZone: z.string().default('Europe/London').meta({ description: 'IANA time zone, e.g. "Europe/London".' }),
  }).optional(),
  preElectionPeriods: z.array(z.strictObject({
    start: isoDate.meta({ description: 'First day (publication of the notice of election).' }),
    end: isoDate.meta({ description: 'Last day (polling day).' }),
    name: z.string().optional(),
  }).refine((p) => p.start <= p.end, { message: 'config.periodOrder', path: ['end'] })).default([]),
  wardCopyMaxWards: z.number().int().min(1).default(3)
    .meta({ description: 'Above this many wards, suggest the relevant Cabinet member or chair instead of every ward member.' }),
  distributionListMin: z.number().int().min(2).default(10)
    .meta({ description: 'distribution-list: this many members or more in To/Cc count as a large member audience.' }),
  political: z.strictObject({
    partyTerms: z.array(z.string().min(1)).default([])
      .meta({ description: 'Extra names of parties or groups in this council, always read as a party (e.g. "Llais", "the Nats"). The directory\'s own parties need no entry.' }),
    neverPolitical: z.array(z.string().min(1)).default([])
      .meta({ description: 'Phrases that are never political in this council (e.g. "Reform Street depot", "Labour Club car park"): the rule ignores the words they cover.' }),
    examples: z.strictObject({
      political: z.array(z.string().min(1)).default([]).meta({ description: 'Sentences that must be flagged; `protocol-check validate` runs them through the rule.' }),
      notPolitical: z.array(z.string().min(1)).default([]).meta({ description: 'Sentences that must not be flagged; `protocol-check validate` runs them through the rule.' }),
    }).optional(),
  }).optional().meta({ description: 'How political-content reads this council: extra party names, local look-alikes, and examples that prove them.' }),
  protocolName: z.string().min(1).default('Member/Officer Protocol')
    .meta({ description: 'What this council calls its protocol, as findings cite it (e.g. "Member/Officer Protocol §12.1", or "Protocol on Member/Officer Relations").' }),
  language: z.enum(['en', 'cy']).default('en')
    .meta({ description: 'The language findings are shown in when the user\'s Outlook language does not say (en: English, cy: Cymraeg).' }),
  bilingualInsertions: z.boolean().default(false)
    .meta({ description: 'Sentences that fixes write into the e-mail are written in Welsh and English, rather than in the language of the e-mail.' }),
  onSendFailure: z.enum(['allow', 'block']).default('allow')
    .meta({ description: 'If the add-in itself fails on Send: let the message go (allow, the default) or stop it (block).' }),
}).meta({ title: 'Protocol Check policy', description: "How this council's Member/Officer Protocol is applied." });

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type RuleSetting = z.output<typeof ruleSettingSchema>;
