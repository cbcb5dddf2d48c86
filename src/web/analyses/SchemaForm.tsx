import { useState } from 'react';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  items?: JsonSchema;
  default?: unknown;
  prefixItems?: JsonSchema[];
};

type FieldKind = 'text' | 'number' | 'boolean' | 'list' | 'json' | 'choice';

function fieldKind(s: JsonSchema): FieldKind {
  if (s.enum) return 'choice';
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'array') {
    const item = s.items ?? s.prefixItems?.[0];
    return item?.type === 'string' ? 'list' : 'json';
  }
  if (type === 'object') return 'json';
  return 'text';
}

/** A field's text as the value the schema wants; empty optional fields are left out. */
function valueOf(kind: FieldKind, text: string): unknown {
  switch (kind) {
    case 'number':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'list':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    case 'json':
      return JSON.parse(text) as unknown;
    case 'text':
    case 'choice':
      return text;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** A form generated from an analysis's JSON Schema, so wiring an analysis needs no form of its own. */
export function SchemaForm(props: {
  schema: Record<string, unknown>;
  idPrefix: string;
  submitLabel: string;
  initial?: Readonly<Record<string, string>>;
  onSubmit: (input: Record<string, unknown>) => void;
}) {
  const schema = props.schema as JsonSchema;
  const [values, setValues] = useState<Record<string, string>>({ ...props.initial });
  const fields = Object.entries(schema.properties ?? {});
  const submit = () => {
    const input: Record<string, unknown> = {};
    for (const [name, s] of fields) {
      const text = values[name] ?? '';
      if (text === '') continue;
      input[name] = valueOf(fieldKind(s), text);
    }
    props.onSubmit(input);
  };
  return (
    <form
      className="schema-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {fields.map(([name, s]) => {
        const kind = fieldKind(s);
        const id = `${props.idPrefix}-${name}`;
        const isRequired = schema.required?.includes(name) === true && s.default === undefined;
        const set = (v: string) => setValues((old) => ({ ...old, [name]: v }));
        return (
          <div key={name} className="field">
            <label htmlFor={id}>
              {name}
              {isRequired ? ' *' : ''}
            </label>
            {kind === 'choice' ? (
              <select id={id} value={values[name] ?? ''} onChange={(e) => set(e.target.value)}>
                <option value="" />
                {(s.enum ?? []).map((v) => (
                  <option key={String(v)} value={String(v)}>
                    {String(v)}
                  </option>
                ))}
              </select>
            ) : kind === 'json' ? (
              <textarea
                id={id}
                data-testid={id}
                value={values[name] ?? ''}
                onChange={(e) => set(e.target.value)}
                rows={3}
              />
            ) : (
              <input
                id={id}
                data-testid={id}
                type={kind === 'number' ? 'number' : 'text'}
                required={isRequired}
                placeholder={s.default !== undefined ? String(s.default) : ''}
                value={values[name] ?? ''}
                onChange={(e) => set(e.target.value)}
              />
            )}
          </div>
        );
      })}
      <button type="submit" data-testid={`${props.idPrefix}-run`}>
        {props.submitLabel}
      </button>
    </form>
  );
}
