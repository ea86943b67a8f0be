// The Draft file read by the command line (formats.md "Draft").
import { z } from 'zod';

const address = z.object({ name: z.string().optional(), email: z.string().min(1) });

export const draftSchema = z.object({
  from: address,
  to: z.array(address).default([]),
  cc: z.array(address).default([]),
  bcc: z.array(address).default([]),
  subject: z.string().default(''),
  body: z.string().default(''),
  bodyHtml: z.string().optional(),
  composeType: z.enum(['new', 'reply', 'replyAll', 'forward']).optional(),
  now: z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'config.isoTime' }).optional(),
  delayDelivery: z.string().optional(),
});
