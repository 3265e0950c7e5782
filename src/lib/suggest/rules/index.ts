/**
 * Every practice's rules, keyed by practice id: whatever rule sets the five files export. Which
 * practices there are, and their order, is content/practices.yaml's; a unit test checks that
 * each practice has its rules and each rule set a practice.
 */
import type { PracticeRules } from '../types.ts';
import * as choices from './choices.ts';
import * as collection from './collection.ts';
import * as keeping from './keeping.ts';
import * as notices from './notices.ts';
import * as sharing from './sharing.ts';

export const RULES: ReadonlyMap<string, PracticeRules> = new Map(
  [choices, collection, keeping, notices, sharing].flatMap((rules) => Object.values(rules)).map((r) => [r.practice, r]),
);
