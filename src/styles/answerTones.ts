/**
 * Tailwind plugin (loaded by `@plugin` in global.css) that writes the answer tones' custom
 * properties from the one definition in src/lib/answers/vocabulary.ts.
 */
import plugin from 'tailwindcss/plugin';
import { answerToneRules } from '../lib/answers/vocabulary.ts';

export default plugin(({ addBase }) => {
  addBase(answerToneRules());
});
