import { parse, type CollectionTag, type ScalarTag } from 'yaml';
import { InputError } from '../../errors.js';
import { readTextFile } from '../../files.js';
import { isRecord } from '../../util/record.js';

// CloudFormation templates as JSON or YAML. YAML's short-form intrinsics (!Ref, !GetAtt, !Sub …) become the
// long form JSON uses, so everything after this file sees one shape.

export interface TemplateResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string | string[];
  Metadata?: Record<string, unknown>;
  Condition?: string;
  [key: string]: unknown;
}

export interface Template {
  Resources: Record<string, TemplateResource>;
  Parameters?: Record<string, unknown>;
  Outputs?: Record<string, { Value?: unknown }>;
  AWSTemplateFormatVersion?: string;
  [key: string]: unknown;
}

/** A stack with nothing in it: the side of a pair where a stack does not exist. */
export const EMPTY_TEMPLATE: Template = Object.freeze({ Resources: Object.freeze({}) }) as Template;


const INTRINSICS = [
  'Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform',
  'If', 'Equals', 'And', 'Or', 'Not', 'GetAtt', 'Ref', 'Condition', 'Length', 'ToJsonString',
  // Only in Rules assertions.
  'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll', 'ValueOf', 'ValueOfAll',
];

function longForm(name: string, value: unknown): Record<string, unknown> {
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  // `!GetAtt Resource.Attribute.Path` splits at the first dot only: attribute names may hold dots.
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

const SHORT_FORMS: (ScalarTag | CollectionTag)[] = INTRINSICS.flatMap((name): (ScalarTag | CollectionTag)[] => [
  { tag: `!${name}`, resolve: (value: string) => longForm(name, value) },
  { tag: `!${name}`, collection: 'seq', resolve: (seq) => longForm(name, seq.toJSON()) },
  { tag: `!${name}`, collection: 'map', resolve: (map) => longForm(name, map.toJSON()) },
]);

function parseText(text: string, file: string): unknown {
  // JSON first: it is what CDK writes, and much faster than reading it as YAML.
  if (text.trimStart().startsWith('{')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // a YAML flow mapping also starts with "{": fall through
    }
  }
  try {
    return parse(text, { customTags: SHORT_FORMS }) as unknown;
  } catch (error) {
    throw new InputError(file, `is neither JSON nor YAML: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
}

/** Checks the shape everything later relies on: a Resources map of objects with a string Type. */
/** Top-level sections of a template: one without Resources (CDK writes that for a stack with nothing in it) is empty. */
const SECTIONS = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Outputs'];

function asTemplate(doc: unknown, file: string): Template {
  if (isRecord(doc) && doc['Resources'] === undefined && (Object.keys(doc).length === 0 || SECTIONS.some((k) => k in doc))) {
    return { ...doc, Resources: {} } as Template;
  }
  if (!isRecord(doc) || !isRecord(doc['Resources'])) {
    throw new InputError(file, 'is not a CloudFormation template (no "Resources" map)');
  }
  for (const [id, resource] of Object.entries(doc['Resources'])) {
    // Fn::ForEach loops are arrays; CloudFormation expands them, cloudformation-diff compares them whole.
    if (id.startsWith('Fn::ForEach::')) continue;
    if (!isRecord(resource) || typeof resource['Type'] !== 'string') {
      throw new InputError(file, `resource "${id}" has no string Type`);
    }
  }
  return doc as Template;
}

export function parseTemplate(text: string, file: string): Template {
  if (text.trim() === '') throw new InputError(file, 'is empty');
  return asTemplate(parseText(text, file), file);
}

export function readTemplateFile(file: string): Template {
  return parseTemplate(readTextFile(file), file);
}

