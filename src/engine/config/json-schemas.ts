// JSON Schemas for the directory and policy files, generated from the zod schemas so the two
// can never disagree (checked into schemas/ for editor autocompletion; a test keeps them fresh).
import { z } from 'zod';
import { directorySchema } from './directory-schema';
import { policySchema } from './policy-schema';

export function jsonSchemas(): Record<string, unknown> {
  // "input": what an admin writes (defaults make fields optional).
  return {
    'directory.schema.json': z.toJSONSchema(directorySchema, { io: 'input', target: 'draft-2020-12' }),
    'policy.schema.json': z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
