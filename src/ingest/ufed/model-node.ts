/** One `<value>` of a field: its text (CDATA or plain) and attributes (`type`, `formattedTimestamp`…). */
export interface UfedValue {
  readonly text: string;
  readonly attrs: Readonly<Record<string, string>>;
}

/** A decoded `<model>` with its fields and nested models, keyed by the `name` attribute. */
export interface UfedModel {
  readonly type: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** `field` and `multiField` values; `<empty/>` gives an empty list. */
  readonly fields: Map<string, UfedValue[]>;
  /** `modelField` and `multiModelField` children. */
  readonly models: Map<string, UfedModel[]>;
}

/** A model at depth 3 (`project > decodedData > modelType > model`): one input unit of the report. */
export interface UfedTopModel {
  readonly model: UfedModel;
  /** 1-based position of the model within its `modelType`. */
  readonly index: number;
  /** Provenance path, e.g. `decodedData/modelType[Call]/model[3]`. */
  readonly path: string;
}

export const newModel = (type: string, attrs: Record<string, string>): UfedModel => ({
  type,
  attrs,
  fields: new Map(),
  models: new Map(),
});

/** The first non-empty value of a field, trimmed; undefined for missing or `<empty/>` fields. */
export function fieldText(model: UfedModel, name: string): string | undefined {
  const text = model.fields.get(name)?.[0]?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}

export const fieldValue = (model: UfedModel, name: string): UfedValue | undefined =>
  model.fields.get(name)?.[0];

export const childModels = (model: UfedModel, name: string): readonly UfedModel[] =>
  model.models.get(name) ?? [];

export const childModel = (model: UfedModel, name: string): UfedModel | undefined =>
  model.models.get(name)?.[0];

/** UFED writes booleans as `True`/`False`. */
export const fieldFlag = (model: UfedModel, name: string): boolean =>
  fieldText(model, name)?.toLowerCase() === 'true';
