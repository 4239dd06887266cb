// Must NOT type-check (package.test.mjs asserts that tsc rejects it): it
// proves the declarations are real types, not `any`.
import { parse } from 'minutes-parser';

const doc = parse('Minutes');
const title: number = doc.title;
const actor: string = doc.actions[0].actor;
doc.sections[0].kind = 'chapter';
parse(42);
