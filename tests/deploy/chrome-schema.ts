/**
 * A checker for the subset of JSON Schema that Chrome accepts in
 * storage.managed_schema (type, properties, additionalProperties, items,
 * enum), used to test the deploy examples against public/managed_schema.json.
 * Also converts registry-style values the way Chrome does on Windows.
 */
export interface ChromeSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  $ref?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: unknown[];
  title?: string;
  description?: string;
}

export function schemaErrors(schema: ChromeSchema, value: unknown, where = 'value'): string[] {
  const errors: string[] = [];
  const t = schema.type;
  const typeOk =
    (t === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) ||
    (t === 'array' && Array.isArray(value)) ||
    (t === 'string' && typeof value === 'string') ||
    (t === 'boolean' && typeof value === 'boolean') ||
    (t === 'integer' && Number.isInteger(value)) ||
    (t === 'number' && typeof value === 'number');
  if (!typeOk) return [`${where} is not of type ${t}`];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${where} is not one of ${schema.enum.join(', ')}`);
  if (t === 'array') (value as unknown[]).forEach((v, i) => errors.push(...schemaErrors(schema.items!, v, `${where}[${i}]`)));
  if (t === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const sub = schema.properties?.[k] ?? schema.additionalProperties;
      if (!sub) errors.push(`${where}.${k} is not in the schema`);
      else errors.push(...schemaErrors(sub, v, `${where}.${k}`));
    }
  }
  return errors;
}

/** Every subschema has exactly one of type or $ref, and only supported keywords. */
export function schemaShapeErrors(schema: ChromeSchema, where = 'schema'): string[] {
  const errors: string[] = [];
  const allowed = new Set(['type', '$ref', 'properties', 'additionalProperties', 'items', 'enum', 'title', 'description', 'id', 'minimum', 'maximum', 'pattern', 'patternProperties', 'required']);
  for (const k of Object.keys(schema)) if (!allowed.has(k)) errors.push(`${where} has unsupported keyword ${k}`);
  if ((schema.type === undefined) === (schema.$ref === undefined)) errors.push(`${where} needs exactly one of type or $ref`);
  for (const [k, s] of Object.entries(schema.properties ?? {})) errors.push(...schemaShapeErrors(s, `${where}.${k}`));
  if (schema.additionalProperties) errors.push(...schemaShapeErrors(schema.additionalProperties, `${where}.*`));
  if (schema.items) errors.push(...schemaShapeErrors(schema.items, `${where}[]`));
  return errors;
}

export type RegValue = string | number | RegKey;
export interface RegKey {
  [name: string]: RegValue;
}

/** Parses a .reg text (Registry Editor 5.00) into nested keys. */
export function parseReg(text: string): RegKey {
  const root: RegKey = {};
  let current: RegKey | null = null;
  for (const raw of text.split('\r\n')) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('Windows Registry Editor')) continue;
    if (line.startsWith('[') && line.endsWith(']')) {
      current = root;
      for (const part of line.slice(1, -1).split('\\')) current = (current[part] ??= {}) as RegKey;
      continue;
    }
    const eq = line.indexOf('"=', 1);
    const name = line.slice(1, eq).replaceAll('\\"', '"').replaceAll('\\\\', '\\');
    const data = line.slice(eq + 2);
    current![name] = data.startsWith('dword:') ? parseInt(data.slice(6), 16) : data.slice(1, -1).replaceAll('\\"', '"').replaceAll('\\\\', '\\');
  }
  return root;
}

/** Converts registry data to a policy value following the schema, as Chrome does. */
export function fromRegistry(schema: ChromeSchema, value: RegValue): unknown {
  switch (schema.type) {
    case 'boolean':
      return value === 1;
    case 'array':
      return Object.keys(value as RegKey)
        .sort((a, b) => Number(a) - Number(b))
        .map((k) => fromRegistry(schema.items!, (value as RegKey)[k]));
    case 'object':
      return Object.fromEntries(Object.entries(value as RegKey).map(([k, v]) => [k, fromRegistry(schema.properties?.[k] ?? schema.additionalProperties!, v)]));
    default:
      return value;
  }
}

/** A small parser for the plist subset that scripts/gen-deploy.ts writes. */
export function parsePlist(xml: string): unknown {
  const body = xml.slice(xml.indexOf('<plist'));
  let i = body.indexOf('>') + 1;
  function skip(): void {
    while (i < body.length && ' \n\r\t'.includes(body[i])) i += 1;
  }
  function tag(): string {
    skip();
    const end = body.indexOf('>', i);
    const t = body.slice(i + 1, end);
    i = end + 1;
    return t;
  }
  function text(close: string): string {
    const end = body.indexOf(close, i);
    const t = body.slice(i, end).replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    i = end + close.length;
    return t;
  }
  function value(): unknown {
    const t = tag();
    if (t === 'string') return text('</string>');
    if (t === 'integer') return Number(text('</integer>'));
    if (t === 'true/') return true;
    if (t === 'false/') return false;
    if (t === 'array/') return [];
    if (t === 'dict/') return {};
    if (t === 'array') {
      const out: unknown[] = [];
      for (;;) {
        skip();
        if (body.startsWith('</array>', i)) {
          i += 8;
          return out;
        }
        out.push(value());
      }
    }
    if (t === 'dict') {
      const out: Record<string, unknown> = {};
      for (;;) {
        skip();
        if (body.startsWith('</dict>', i)) {
          i += 7;
          return out;
        }
        tag(); // <key>
        const k = text('</key>');
        out[k] = value();
      }
    }
    throw new Error(`unexpected <${t}>`);
  }
  return value();
}
