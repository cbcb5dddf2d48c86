import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { SkeinError } from '../../model/index.js';
import { newModel } from './model-node.js';
import type { UfedModel, UfedTopModel } from './model-node.js';

export const UFED_NS = 'http://pa.cellebrite.com/report/2.0';

/** Callbacks of the streaming reader; each model is handed over and then forgotten. */
export interface UfedReadHandlers {
  /** A `metadata/item` of the report header (device name, IMEI, time zone setting…). */
  onMetadata(section: string, name: string, value: string): void;
  onModel(top: UfedTopModel): void;
  /** Bytes of input consumed so far (as UTF-16 characters fed to the parser, close enough for progress). */
  onProgress?(chars: number): void;
}

// A single model holding more nodes than this is not a decoded artefact but a hostile or broken file;
// it would otherwise grow without bound in memory.
const MAX_MODEL_NODES = 2_000_000;

interface Frame {
  readonly model: UfedModel;
  container?: string | undefined;
  field?: string | undefined;
}

/**
 * Streams a UFED `report.xml` through a namespace-aware SAX parser and hands each depth-3 model to
 * `onModel` as a small tree. DOCTYPEs are refused outright (`XML_DTD_REFUSED`), so no entity can be
 * declared, expanded or fetched; an undefined entity is malformed XML (`UFED_XML_MALFORMED`).
 */
export async function readUfedXml(source: Readable, file: string, handlers: UfedReadHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const fail = (code: string, message: string): never => {
    throw new SkeinError(code, message, { file, row: parser.line });
  };
  parser.on('doctype', () => fail('XML_DTD_REFUSED', 'DOCTYPE declarations are refused in UFED reports'));
  parser.on('error', (e) => fail('UFED_XML_MALFORMED', e.message));

  const names: string[] = [];
  const frames: Frame[] = [];
  const typeCounts = new Map<string, number>();
  let modelType = '';
  let section = '';
  let itemName: string | undefined;
  let valueAttrs: Record<string, string> | undefined;
  let text = '';
  let nodes = 0;
  let foreignDepth = 0;

  const attrsOf = (tag: SaxesTagNS): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.uri === '') out[a.local] = a.value;
    return out;
  };

  parser.on('opentag', (tag) => {
    const depth = names.length;
    if (foreignDepth > 0 || tag.uri !== UFED_NS) {
      if (depth === 0) fail('UFED_NOT_A_REPORT', `root element is not a ${UFED_NS} project`);
      foreignDepth += 1;
      names.push('');
      return;
    }
    const name = tag.local;
    if (depth === 0 && name !== 'project') fail('UFED_NOT_A_REPORT', 'root element is not <project>');
    names.push(name);
    // Unprefixed attributes are keyed by their local name; reading them directly avoids building a
    // record per element on the hot path.
    const attr = (n: string): string => tag.attributes[n]?.value ?? '';
    if (depth === 1 && name === 'metadata') section = attr('section');
    if (depth === 2 && names[1] === 'metadata' && name === 'item') {
      itemName = attr('name');
      text = '';
    }
    if (depth === 2 && names[1] === 'decodedData' && name === 'modelType') modelType = attr('type');
    if (depth === 3 && names[1] === 'decodedData' && name === 'model') {
      const attrs = attrsOf(tag);
      frames.push({ model: newModel(attrs['type'] ?? modelType, attrs) });
      nodes = 0;
      return;
    }
    const top = frames.at(-1);
    if (top === undefined) return;
    nodes += 1;
    if (nodes > MAX_MODEL_NODES)
      fail('UFED_MODEL_TOO_LARGE', `a ${modelType} model exceeds ${MAX_MODEL_NODES} nodes`);
    switch (name) {
      case 'field':
      case 'multiField': {
        const field = attr('name');
        top.field = field;
        if (!top.model.fields.has(field)) top.model.fields.set(field, []);
        break;
      }
      case 'value':
        valueAttrs = attrsOf(tag);
        text = '';
        break;
      case 'modelField':
      case 'multiModelField': {
        const container = attr('name');
        top.container = container;
        if (!top.model.models.has(container)) top.model.models.set(container, []);
        break;
      }
      case 'model': {
        const attrs = attrsOf(tag);
        const child = newModel(attrs['type'] ?? '', attrs);
        const container = top.container ?? '';
        const list = top.model.models.get(container);
        if (list === undefined) top.model.models.set(container, [child]);
        else list.push(child);
        frames.push({ model: child });
        break;
      }
      default:
        break;
    }
  });

  const onText = (t: string): void => {
    if (valueAttrs !== undefined || itemName !== undefined) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', () => {
    const name = names.pop();
    if (foreignDepth > 0) {
      foreignDepth -= 1;
      return;
    }
    const depth = names.length;
    if (depth === 2 && name === 'item' && itemName !== undefined) {
      handlers.onMetadata(section, itemName, text.trim());
      itemName = undefined;
      return;
    }
    const top = frames.at(-1);
    if (top === undefined) return;
    if (name === 'value' && valueAttrs !== undefined) {
      top.model.fields.get(top.field ?? '')?.push({ text, attrs: valueAttrs });
      valueAttrs = undefined;
    } else if (name === 'field' || name === 'multiField') top.field = undefined;
    else if (name === 'modelField' || name === 'multiModelField') top.container = undefined;
    else if (name === 'model') {
      frames.pop();
      if (depth === 3) {
        const index = (typeCounts.get(modelType) ?? 0) + 1;
        typeCounts.set(modelType, index);
        handlers.onModel({
          model: top.model,
          index,
          path: `decodedData/modelType[${modelType}]/model[${index}]`,
        });
      }
    }
  });

  source.setEncoding('utf8');
  let chars = 0;
  for await (const chunk of source as AsyncIterable<string>) {
    parser.write(chunk);
    chars += chunk.length;
    handlers.onProgress?.(chars);
  }
  parser.close();
}
