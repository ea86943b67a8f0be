// Finds the field names a zod schema allows at a path, for "did you mean" on unknown fields.
import type { z } from 'zod';

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType;
  valueType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };

function defOf(schema: z.ZodType): AnyDef {
  return (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function step(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape) return typeof key === 'string' ? def.shape[key] : undefined;
  if (def.type === 'array' && def.element) return def.element;
  if (def.type === 'record' && def.valueType) return def.valueType;
  if (def.type === 'union' && def.options) {
    for (const option of def.options) {
      const next = step(option, key);
      if (next) return next;
    }
  }
  return undefined;
}

export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return [];
    current = step(current, key);
  }
  if (!current) return [];
  const def = defOf(unwrap(current));
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'union' && def.options) {
    return def.options.flatMap((option) => {
      const inner = defOf(unwrap(option));
      return inner.type === 'object' && inner.shape ? Object.keys(inner.shape) : [];
    });
  }
  return [];
}
