import { createHash } from 'node:crypto';
import type { Practice } from '../taxonomy/schema.ts';
import { extractArchiveHeader } from '../policy/archiveHeader.ts';
import { walkClauses, walkTargets } from '../policy/blocks.ts';
import { applyCorrections, mendMarkup } from '../policy/corrections.ts';
import { isLayoutId } from '../site/pageIds.ts';
import { checkControlCharacters } from '../policy/encoding.ts';
import { ContentError } from '../base/errors.ts';
import { splitFrontmatter } from '../policy/frontmatter.ts';
import { isPracticeOrAnswerId } from '../policy/answerAnchors.ts';
import { checkFileSize } from '../policy/inputLimits.ts';
import { parseDocument } from '../policy/parseDocument.ts';
import { slugFromFileName } from '../policy/slugs.ts';
import { countWords, readingMinutes } from '../base/text.ts';
import { locateQuote } from '../policy/verifyQuotes.ts';
import type { Block, PolicyData, PracticeFinding, Suggestion } from '../policy/policySchema.ts';
import { clauseTags, suggestAnswers } from '../suggest/suggest.ts';
import { at } from '../base/at.ts';

/** A company name from its domain: `corero.com` → `Corero`. */
function nameFromDomain(domain: string): string {
  const label = domain.replace(/^www\./, '').split('.')[0] ?? domain;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * Extracts a policy's typed data from its file text.
 * @param file path shown in errors, e.g. `content/policies/corero.md`.
 * @throws ContentError naming the file and what to fix.
 */
export function parsePolicy(raw: string, file: string, taxonomy: readonly Practice[]): PolicyData {
  const slug = slugFromFileName(file.split('/').pop() ?? file);
  if (!slug)
    throw new ContentError(file, 'the file name gives an empty slug; name it after the company, e.g. mimecast.md.');
  checkFileSize(raw, file);
  checkControlCharacters(raw, file);
  const { frontmatter, body } = splitFrontmatter(
    raw,
    file,
    taxonomy.map((p) => p.id),
  );
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex');
  const { header, rest } = extractArchiveHeader(body, file);
  const { text, corrections } = applyCorrections(rest, frontmatter.corrections, file);
  const { title, blocks } = parseDocument(mendMarkup(text), header.originalUrl, file);

  const clauseList = [...walkClauses(blocks)];
  if (clauseList.length === 0) {
    throw new ContentError(
      file,
      'has no policy text after the archive header: paste the policy below the header line.',
    );
  }
  const headings = blocks.flatMap((b) => (b.type === 'heading' ? [{ id: b.id, text: b.text }] : []));
  const suggestions = suggestAnswers(
    { clauses: clauseList, sections: headings, blocks },
    taxonomy.map((p) => p.id),
  );
  const tags = clauseTags(suggestions);
  for (const target of walkTargets(blocks)) target.detected = tags.get(target.id) ?? [];

  const draft = frontmatter.review?.status === 'draft' ? frontmatter.review : undefined;
  const review = draft ? undefined : frontmatter.review;
  for (const entries of [review, draft]) {
    if (!entries) continue;
    const known = new Set(taxonomy.map((p) => p.id));
    const unknown = Object.keys(entries.practices).filter((id) => !known.has(id));
    if (unknown.length) {
      throw new ContentError(
        file,
        `review.practices: unknown practice id ${unknown.map((u) => `"${u}"`).join(', ')}; the ids are in content/practices.yaml.`,
      );
    }
    const missing = taxonomy.map((p) => p.id).filter((id) => !(id in entries.practices));
    if (missing.length) {
      throw new ContentError(
        file,
        `review.practices: no entry for ${missing.join(', ')}; review every practice (stance not-mentioned where the policy is silent).`,
      );
    }
  }

  const citedBy = new Map<string, string[]>();
  const practices: Record<string, PracticeFinding> = {};
  for (const practice of taxonomy) {
    const detectedIn = clauseList.filter((c) => c.detected.includes(practice.id)).map((c) => c.id);
    const curated = review?.practices[practice.id];
    const quotes = (curated?.quotes ?? []).map((quote, index) => {
      const clauseId = locateQuote(quote, clauseList, { file, practice: practice.id, index });
      citedBy.set(clauseId, [...new Set([...(citedBy.get(clauseId) ?? []), practice.id])]);
      return { text: quote, clauseId };
    });
    const drafted = draft?.practices[practice.id];
    const suggestion: Suggestion | null = review
      ? null
      : drafted
        ? {
            stance: drafted.stance,
            quotes: drafted.quotes.map((quote, index) => ({
              text: quote,
              clauseId: locateQuote(quote, clauseList, { file, practice: practice.id, index }),
            })),
            reason: `From the draft review, not yet marked done: ${drafted.summary}`,
            rule: 'draft',
            // the engine's own certainty about the answer the draft started from
            confidence: at(suggestions, practice.id).confidence,
          }
        : at(suggestions, practice.id);
    practices[practice.id] = {
      stance: curated?.stance ?? 'not-reviewed',
      summary: curated?.summary ?? '',
      quotes,
      detectedIn: suggestion ? [...new Set(suggestion.quotes.map((q) => q.clauseId))] : detectedIn,
      suggestion,
      anchor: null,
    };
  }

  placeAnchors(blocks, practices, Boolean(review));

  const sections = blocks.flatMap((b) =>
    b.type === 'heading' ? [{ id: b.id, text: b.text, level: b.level, pseudo: b.pseudo }] : [],
  );
  const wordCount = countWords([title, ...[...walkTargets(blocks)].map((t) => t.text)].join(' '));
  return {
    slug,
    name: frontmatter.name ?? nameFromDomain(header.domain),
    ...header,
    title: title || `${nameFromDomain(header.domain)} privacy policy`,
    sha256,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    reviewed: Boolean(review),
    reviewedOn: review?.reviewedOn ?? null,
    reviewStatus: frontmatter.review ? (draft ? 'draft' : 'done') : null,
    corrections,
    sections,
    clauses: clauseList.map((c) => ({
      id: c.id,
      sectionId: c.sectionId,
      text: c.text,
      detected: c.detected,
      citedBy: citedBy.get(c.id) ?? [],
    })),
    blocks,
    practices,
  };
}

/**
 * Puts `#<practice-id>` on the first clause or heading that addresses each practice:
 * the first quoted clause when reviewed, else the first clause its suggestion rests on.
 * A heading whose own slug is a practice id anchored elsewhere, or the id of a practice's
 * answer row (`## Answer cookies` → `answer-cookies`), is renamed `<slug>-section`
 * (`-section-2`… when a heading already has that id): the company page gives every practice
 * both anchors (answerAnchors.ts), so no heading may hold either.
 */
function placeAnchors(blocks: Block[], practices: Record<string, PracticeFinding>, reviewed: boolean): void {
  const targets = [...walkTargets(blocks)];
  for (const [id, finding] of Object.entries(practices)) {
    const wanted = new Set(reviewed ? finding.quotes.map((q) => q.clauseId) : finding.detectedIn);
    const target = targets.find((t) => wanted.has(t.id));
    if (!target) continue;
    target.anchors.push(id);
    finding.anchor = id;
  }
  const renamed = new Map<string, string>();
  const taken = new Set(targets.flatMap((t) => [t.id, ...t.anchors]));
  for (const t of targets) {
    if ('type' in t && t.type === 'heading' && isPracticeOrAnswerId(t.id, practices) && !t.anchors.includes(t.id)) {
      // `<slug>-section`, or `section-<slug>` where that would fall in a layout family (pageIds.ts)
      const base = isLayoutId(`${t.id}-section`) ? `section-${t.id}` : `${t.id}-section`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`; // "## Cookies section" may hold it
      taken.add(id);
      renamed.set(t.id, id);
      t.id = id;
    }
  }
  if (renamed.size) {
    for (const c of walkClauses(blocks))
      if (c.sectionId && renamed.has(c.sectionId)) c.sectionId = at(renamed, c.sectionId);
  }
}
