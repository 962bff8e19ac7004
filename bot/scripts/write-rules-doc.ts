/** `npm run rules:doc`: writes docs/rules.md from the rules catalogue in `shared/`. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES, renderRulesDoc } from '@ambassadors/shared';

const file = path.resolve(__dirname, '..', '..', 'docs', 'rules.md');
writeFileSync(file, renderRulesDoc(RULES));
process.stdout.write(`wrote ${path.relative(process.cwd(), file)} (${RULES.length} rules)\n`);
