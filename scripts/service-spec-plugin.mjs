// @aws-cdk/cloudformation-diff asks the CloudFormation service specification (@aws-cdk/aws-service-spec, a 2.6 MB
// db.json.gz read from beside its module: 0.4 s and 130 MB on the first diff) one question per resource type: which
// properties force a replacement (causesReplacement) and which carry IAM or security-group rules (scrutinizable).
// This esbuild plugin answers it from a table made at build time from the installed specification: the bundle
// ships the table, not the database, and a diff starts in milliseconds. SPEC_TABLE_LIBRARY is the module it
// replaces; serviceSpecTable() is the table, for the test that holds it equal to the database.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const SPEC_TABLE_LIBRARY = /[\\/]@aws-cdk[\\/]aws-service-spec[\\/]lib[\\/]index\.js$/;

/**
 * Every resource type -> [its scrutinizable kind or '', its properties]. A property is written `Name`, or
 * `Name=CAUSES` / `Name=CAUSES:SCRUTINY` / `Name=:SCRUTINY` where the specification says more than nothing.
 */
export function serviceSpecTable() {
  const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');
  const table = {};
  for (const resource of loadAwsServiceSpecSync().all('resource')) {
    if (resource.cloudFormationType in table) continue; // the library takes the first match too
    const properties = Object.entries(resource.properties ?? {}).map(([name, p]) => {
      const causes = p.causesReplacement ?? '';
      const scrutiny = p.scrutinizable ?? '';
      if (name.includes('=') || name.includes(' ')) throw new Error(`service spec: property name ${name} cannot be written in the table`);
      return causes || scrutiny ? `${name}=${causes}${scrutiny ? `:${scrutiny}` : ''}` : name;
    });
    table[resource.cloudFormationType] = [resource.scrutinizable ?? '', properties.join(' ')];
  }
  return table;
}

/** The module that stands in for @aws-cdk/aws-service-spec: the one lookup cloudformation-diff makes, on the table. */
function standIn(table) {
  return `"use strict";
const TABLE = JSON.parse(${JSON.stringify(JSON.stringify(table))});
const models = new Map();
function model(type) {
  const row = TABLE[type];
  if (!row) return undefined;
  const properties = {};
  for (const written of row[1] ? row[1].split(' ') : []) {
    const at = written.indexOf('=');
    if (at < 0) { properties[written] = {}; continue; }
    const [causes, scrutiny] = written.slice(at + 1).split(':');
    properties[written.slice(0, at)] = { ...(causes ? { causesReplacement: causes } : {}), ...(scrutiny ? { scrutinizable: scrutiny } : {}) };
  }
  return { cloudFormationType: type, properties, ...(row[0] ? { scrutinizable: row[0] } : {}) };
}
const database = {
  lookup(entity, field, op, type) {
    if (entity !== 'resource' || field !== 'cloudFormationType' || op !== 'equals') throw new Error('the bundled service specification answers resource type lookups only');
    if (!models.has(type)) models.set(type, model(type));
    const found = models.get(type);
    return found ? [found] : [];
  },
};
exports.loadAwsServiceSpecSync = () => database;
exports.loadAwsServiceSpec = async () => database;
`;
}

export const serviceSpecInBundle = {
  name: 'service-spec-in-bundle',
  setup(esbuild) {
    let contents;
    esbuild.onLoad({ filter: SPEC_TABLE_LIBRARY }, () => {
      contents ??= standIn(serviceSpecTable());
      return { contents, loader: 'js' };
    });
  },
};
