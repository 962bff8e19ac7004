import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { DEMO_PEOPLE, LOCAL_TENANT_ID } from '@ambassadors/shared';

const ROOT = path.resolve(__dirname, '..', '..');
const config = parse(readFileSync(path.join(ROOT, '.m365agentsplayground.yml'), 'utf8'));

/** The playground's own schema for this file, as the installed version ships it. */
function playgroundSchema(): object {
  const bundle = readFileSync(
    path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'dist', 'index.js'),
    'utf8',
  );
  const at = bundle.indexOf('"title":"ConfigFile"');
  const start = bundle.lastIndexOf("JSON.parse('", at) + "JSON.parse('".length;
  const end = bundle.indexOf("')", at);
  return JSON.parse(bundle.slice(start, end).replace(/\\'/g, "'").replace(/\\\\/g, '\\')) as object;
}

describe('the Agents Playground configuration in the repository', () => {
  it('makes the playground user the demo programme’s active ambassador in the local tenant', () => {
    expect(config.tenantId).toBe(LOCAL_TENANT_ID);
    expect(config.currentUser.aadObjectId).toBe(DEMO_PEOPLE.activeAmbassador.userId);
    expect(config.currentUser.name).toBe(DEMO_PEOPLE.activeAmbassador.displayName);
  });

  it('names the other demo people with their seed ids, so swapping currentUser works', () => {
    const byId = new Map(
      config.users.map((u: { aadObjectId: string; name: string }) => [u.aadObjectId, u.name]),
    );
    for (const person of [DEMO_PEOPLE.leader, DEMO_PEOPLE.candidateAmbassador, DEMO_PEOPLE.employee])
      expect(byId.get(person.userId)).toBe(person.displayName);
  });

  it('is valid for the installed playground', () => {
    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(playgroundSchema(), config);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
