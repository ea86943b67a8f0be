// Writes schemas/*.schema.json from the zod schemas (npm run schemas).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/engine/config/json-schemas';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(__dirname, '..', 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
