/**
 * The published JSON schema of the profile document (docs/profile.schema.json), built from the same field
 * table the validation uses (./fields.ts), so the two cannot drift apart. `cruscotto profilo --schema` prints it.
 */
import { PROFILE_DOCUMENT_VERSION } from './document';
import { DOCUMENT_FIELDS, type FieldSpec } from './fields';

type Json = Record<string, unknown>;

function fieldSchema(spec: FieldSpec): Json {
  const description = spec.desc;
  switch (spec.type) {
    case 'const':
      return { description, const: spec.value };
    case 'text':
      return { description, type: 'string', ...(spec.allowEmpty ? {} : { minLength: 1 }), maxLength: spec.maxLength };
    case 'word':
      return { description, enum: spec.words };
    case 'number': {
      const out: Json = { description, type: spec.nullable ? [spec.integer ? 'integer' : 'number', 'null'] : spec.integer ? 'integer' : 'number' };
      out[spec.minExclusive ? 'exclusiveMinimum' : 'minimum'] = spec.min;
      out[spec.maxExclusive ? 'exclusiveMaximum' : 'maximum'] = spec.max;
      return out;
    }
    case 'colour':
      return { description, type: 'string', pattern: '^#[0-9A-Fa-f]{6}$' };
    case 'object':
      return objectSchema(spec.fields, description);
    case 'list':
      return { description, type: 'array', items: fieldSchema(spec.item), minItems: spec.minItems, maxItems: spec.maxItems };
  }
}

function objectSchema(fields: Record<string, FieldSpec>, description: string): Json {
  const properties: Json = {};
  for (const [name, spec] of Object.entries(fields)) properties[name] = fieldSchema(spec);
  return {
    description,
    type: 'object',
    properties,
    required: Object.entries(fields)
      .filter(([, s]) => !s.optional)
      .map(([n]) => n),
    additionalProperties: false,
  };
}

export function profileJsonSchema(): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'profile.schema.json',
    title: `Profilo delle regole di calcolo di Cruscotto (SMVP), versione ${PROFILE_DOCUMENT_VERSION}`,
    ...objectSchema(
      DOCUMENT_FIELDS,
      'Le regole del Sistema di misurazione e valutazione della performance (SMVP) di un ente: metodo di calcolo, soglie, arrotondamenti, aggregazione per livello, regola dell\'ente, esiti, colori e fasce. Si ottiene con «cruscotto profilo <nome>», si usa con «cruscotto ricalcola … --profilo <file.json>» e si salva nella cartella di lavoro dal riquadro «Regole di calcolo».',
    ),
  };
}

/** The schema as written in docs/profile.schema.json. */
export function profileJsonSchemaText(): string {
  return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
}
