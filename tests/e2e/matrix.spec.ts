import { expect, test, type Page } from '@playwright/test';
import { GROUPS } from '../../src/lib/taxonomy/schema.ts';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { taxonomy } from '../support/policies.ts';

/** The practices of content/practices.yaml as the site orders them: by OPP-115 group, then as in the file. */
const PRACTICE_ORDER = GROUPS.flatMap((group) => taxonomy.filter((p) => p.group === group).map((p) => p.id));
const COMPANIES = ['corero', 'cyberdefender', 'ironport', 'mimecast', 'threatpost'];

// Generous: the machine these run on is shared; nothing here asserts speed.
test.describe.configure({ timeout: 120_000 });

const rows = (page: Page) => page.locator('#matrix tbody tr[data-practice]');
const visibleColumns = (page: Page) => page.locator('#matrix thead th[data-company]:visible');

test.describe('/compare/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full matrix renders: every practice, in OPP-115 groups, × 5 companies, every cell an answer', async ({
    page,
  }) => {
    await page.goto('/compare/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the policies');
    expect(await rows(page).evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(PRACTICE_ORDER);
    await expect(visibleColumns(page)).toHaveCount(5);
    expect(await visibleColumns(page).evaluateAll((ths) => ths.map((th) => th.getAttribute('data-company')))).toEqual(
      COMPANIES,
    );
    await expect(page.locator('#matrix td[data-stance]')).toHaveCount(PRACTICE_ORDER.length * COMPANIES.length);
    const groups = await page.locator('#matrix th[scope=rowgroup]').allTextContents();
    expect(groups.map((g) => g.trim())).toEqual([
      'Collection & use',
      'Sharing',
      'Your choices',
      'Your rights',
      'Retention & security',
      'Changes',
      'Audiences',
      'Do Not Track',
      'Contact',
      'Other',
    ]);
    // Choosing companies needs JavaScript: the picker says so, and offers no search box.
    await page.locator('compare-controls .mx-pick > summary').click();
    await expect(page.getByText('Choosing companies needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(1); // the site header's only
  });

  test('a shared ?c= link still shows the default columns without JavaScript', async ({ page }) => {
    await page.goto('/compare/?c=corero,mimecast');
    await expect(visibleColumns(page)).toHaveCount(5);
  });

  test('each question opens what every answer means for it, without JavaScript', async ({ page }) => {
    await page.goto('/compare/');
    const row = page.locator('#sells-data');
    await expect(row.locator('.mx-means')).toBeHidden();
    await row.getByText('Sells data', { exact: true }).click();
    const means = row.locator('.mx-means');
    await expect(means).toBeVisible();
    // “No” to “Do they sell…” is good for you; the practice's own meaning of No is given.
    await expect(means.locator('.stance-badge[data-stance=no]')).toHaveAttribute('data-tone', 'good');
    await expect(means).toContainText('they say they do not');
    await expect(means).toContainText('“No” is better for you');
    await expect(means.getByRole('link', { name: 'Every answer on sells data' })).toHaveAttribute(
      'href',
      '/practices/sells-data/',
    );
  });
});

test('every quote link in /compare/ and /practices/* lands on a clause containing the quote', async ({ page }) => {
  await page.goto('/compare/');
  // The pages as served, parsed by the browser's own HTML parser (DOMParser) rather than each
  // opened and laid out: what is checked is which element each link names and its text.
  const { links, fromPractices, practicePages, failures, companies } = await page.evaluate(async () => {
    const fold = (s: string) =>
      s
        .replace(/\*\*|__/g, '')
        .replace(/[\s\u00a0]+/g, ' ')
        .trim();
    const parse = async (path: string) =>
      new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
    // Each quote is followed by its link to the clause (“In the policy”).
    const quotesOf = (doc: Document, from: string) =>
      [...doc.querySelectorAll('ul.quotes > li')].map((li) => ({
        from,
        href: li.querySelector('a.quote-source')?.getAttribute('href') ?? '',
        quote: li.querySelector('q')?.textContent ?? '',
      }));
    const links = quotesOf(document, '/compare/');
    const practicePages = [...document.querySelectorAll('#matrix tr[data-practice] th[scope=row] .mx-means a')].map(
      (a) => a.getAttribute('href') ?? '',
    );
    let fromPractices = 0;
    for (const path of practicePages) {
      const found = quotesOf(await parse(path), path);
      fromPractices += found.length;
      links.push(...found);
    }
    // Identical links (the practice pages repeat the matrix's quotes) land identically: each
    // distinct link once, on its company page. (Landing below the sticky header, highlighted, is
    // the company page spec's; here: the fragment names the clause with the quote.)
    const distinct = [...new Map(links.map((l) => [`${l.href} ${l.quote}`, l])).values()];
    const failures: string[] = [];
    const companyPages = new Map<string, Document>();
    for (const { from, href, quote } of distinct) {
      if (!/^\/companies\/[a-z0-9-]+\/#c-[0-9a-f]{8}(-\d+)?$/.test(href) || !quote) {
        failures.push(`${from}: “${quote}” links to ${href}`);
        continue;
      }
      const [path = '', fragment = ''] = href.split('#');
      if (!companyPages.has(path)) companyPages.set(path, await parse(path));
      const targets = companyPages.get(path)?.querySelectorAll(`[id="${decodeURIComponent(fragment)}"]`) ?? [];
      const text = fold(targets[0]?.textContent ?? '');
      if (targets.length !== 1) failures.push(`${from} → ${href}: ${targets.length} elements with that id`);
      else if (!text.includes(fold(quote)))
        failures.push(`${from} → ${href}: “${quote}” not in “${text.slice(0, 120)}…”`);
    }
    return { links: links.length, fromPractices, practicePages, failures, companies: companyPages.size };
  });
  expect(practicePages).toHaveLength(PRACTICE_ORDER.length);
  expect(links - fromPractices).toBeGreaterThan(100);
  // The practice pages hold the same quotes as the matrix.
  expect(fromPractices).toBe(links - fromPractices);
  expect(companies, 'the quotes cite every company of the default set').toBe(5);
  expect(failures).toEqual([]);
});

test.describe('reading an answer', () => {
  test('no and not-mentioned differ in word, symbol and outline', async ({ page }) => {
    await page.goto('/compare/');
    const no = page.locator('#sells-data td[data-company=mimecast] .stance-badge');
    const silent = page.locator('#sells-data td[data-company=ironport] .stance-badge');
    // Mimecast says it does not sell data: good for the reader, so ✓ on green; Cisco's statement is silent.
    await expect(no).toHaveText(/^✓\s*No\b/);
    await expect(silent).toHaveText(/^–\s*Not mentioned/);
    const style = (l: typeof no) =>
      l.evaluate((el) => ({ border: getComputedStyle(el).borderTopStyle, bg: getComputedStyle(el).backgroundColor }));
    const [a, b] = [await style(no), await style(silent)];
    expect(a.border).toBe('solid');
    expect(b.border).toBe('dashed');
    expect(a.bg).not.toBe(b.bg);
  });
});

test.describe('choosing companies and differing rows', () => {
  const picker = (page: Page) => page.locator('compare-controls');
  const openPicker = async (page: Page) => {
    await picker(page).locator('.mx-pick > summary').click();
    await expect(page.getByRole('searchbox', { name: 'Add a company: name or domain' })).toBeVisible();
  };

  test('?c= shows exactly those columns, in that order, in both views', async ({ page }) => {
    await page.goto('/compare/?c=threatpost,corero,mimecast');
    // The controls' code loads at once for a URL that chooses columns: wait for it.
    await expect(visibleColumns(page)).toHaveCount(3);
    expect(await visibleColumns(page).evaluateAll((ths) => ths.map((th) => th.getAttribute('data-company')))).toEqual([
      'threatpost',
      'corero',
      'mimecast',
    ]);
    await expect(page.locator('#matrix td[data-stance]:visible')).toHaveCount(3 * 23);
    await expect(page.locator('#matrix td[data-company=ironport]').first()).toBeHidden();
    await expect(picker(page).locator('[data-status]')).toHaveText('3 companies, 23 of 23 practices');

    await page.goto('/compare/?c=threatpost,corero,mimecast&view=quotes');
    await expect(visibleColumns(page)).toHaveCount(3);
    const quoted = await page
      .locator('#matrix td[data-stance]:visible ul.quotes')
      .evaluateAll((uls) => [...new Set(uls.map((ul) => ul.closest('td')!.getAttribute('data-company')))]);
    expect(quoted.sort()).toEqual(['corero', 'mimecast', 'threatpost']);
    await expect(page.locator('#matrix td[data-company=ironport] ul.quotes').first()).toBeHidden();
  });

  test('the picker removes and adds companies, found by name or domain, and writes a shareable URL', async ({
    page,
  }) => {
    await page.goto('/compare/');
    await openPicker(page);
    for (const name of ['CyberDefender', 'IronPort Systems', 'Threatpost'])
      await page.getByRole('button', { name: `Remove ${name}` }).click();
    await expect(page).toHaveURL(/\/compare\/\?c=corero,mimecast$/);
    await expect(visibleColumns(page)).toHaveCount(2);
    // The last company cannot be removed.
    await page.getByRole('button', { name: 'Remove Mimecast' }).click();
    await expect(page.getByRole('button', { name: 'Remove Corero Systems' })).toBeDisabled();

    // By domain: IronPort's is senderbase.org.
    await page.getByRole('searchbox', { name: 'Add a company: name or domain' }).fill('senderb');
    await page.getByRole('button', { name: 'Add IronPort Systems, senderbase.org' }).click();
    await expect(page).toHaveURL(/\?c=corero,ironport$/);
    await expect(visibleColumns(page)).toHaveCount(2);
    await page.getByRole('searchbox', { name: 'Add a company: name or domain' }).fill('mime');
    await page.getByRole('button', { name: 'Add Mimecast, mimecast.com' }).click();
    await expect(page).toHaveURL(/\?c=corero,ironport,mimecast$/);
    expect(await visibleColumns(page).evaluateAll((ths) => ths.map((th) => th.getAttribute('data-company')))).toEqual([
      'corero',
      'ironport',
      'mimecast',
    ]);
    await page.getByRole('searchbox', { name: 'Add a company: name or domain' }).fill('zzz');
    await expect(picker(page).locator('[data-find-status]')).toHaveText('No company found for “zzz”.');
  });

  test('differ-only hides rows answered alike, and the default view comes back', async ({ page }) => {
    await page.goto('/compare/?c=corero,mimecast');
    await expect(visibleColumns(page)).toHaveCount(2);
    await picker(page).locator('.mx-more > summary').click();
    await page.getByRole('checkbox', { name: 'Only practices where they differ' }).check();
    await expect(page).toHaveURL(/\?c=corero,mimecast&differ=1$/);
    const shown = await page
      .locator('#matrix tbody tr[data-practice]:visible')
      .evaluateAll((trs) => trs.map((tr) => tr.id));
    // Every row left differs between the two, and every row hidden does not.
    for (const id of PRACTICE_ORDER) {
      const stances = await page
        .locator(`#${id} td[data-company=corero], #${id} td[data-company=mimecast]`)
        .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-stance')));
      expect(shown.includes(id), id).toBe(stances[0] !== stances[1]);
    }
    // Corero's 2014 policy never mentions cookies; Mimecast's uses them. Both say they do not sell.
    expect(shown).toContain('cookies');
    expect(shown).not.toContain('sells-data');
    // A group with no differing row disappears with its heading: neither speaks of children.
    await expect(page.locator('#matrix th[scope=rowgroup]', { hasText: 'Audiences' })).toBeHidden();

    // The URL reproduces the view.
    await page.reload();
    await expect(visibleColumns(page)).toHaveCount(2);
    await expect(page.locator('#matrix tbody tr[data-practice]:visible')).toHaveCount(shown.length);

    await picker(page).locator('.mx-more > summary').click();
    await page.getByRole('button', { name: 'Back to the default view' }).click();
    await expect(page).toHaveURL(/\/compare\/$/);
    await expect(visibleColumns(page)).toHaveCount(5);
    await expect(page.locator('#matrix tbody tr[data-practice]:visible')).toHaveCount(PRACTICE_ORDER.length);
  });

  test('a malformed or unknown column is left out, and said so', async ({ page }) => {
    await page.goto('/compare/?c=mimecast,nosuchco,<b>');
    await expect(visibleColumns(page)).toHaveCount(1);
    await expect(picker(page).locator('[data-status]')).toContainText('No company or version “nosuchco”');
  });
});

test('the “In total” row says in words what it counts, and the counts match the answers', async ({ page, request }) => {
  await page.goto('/compare/');
  const data = (await (await request.get('/data/matrix.json')).json()) as {
    practices: { id: string; friendly: 'yes' | 'no' | null }[];
    cells: { company: string; practice: string; stance: string }[];
  };
  for (const slug of COMPANIES) {
    const cells = data.cells.filter((c) => c.company === slug);
    const stanceOf = (id: string) => cells.find((c) => c.practice === id)?.stance;
    const good = data.practices.filter((p) => p.friendly && stanceOf(p.id) === p.friendly).length;
    const mixed = data.practices.filter((p) => p.friendly && stanceOf(p.id) === 'partial').length;
    const bad = data.practices.filter((p) => {
      const stance = stanceOf(p.id);
      return p.friendly && (stance === 'yes' || stance === 'no') && stance !== p.friendly;
    }).length;
    const neither = data.practices.filter((p) => !p.friendly && stanceOf(p.id) !== 'not-mentioned').length;
    const silent = cells.filter((c) => c.stance === 'not-mentioned').length;
    expect(good + mixed + bad + neither + silent).toBe(data.practices.length);
    const words = [
      [good, 'good for you'],
      [mixed, 'mixed'],
      [bad, 'bad'],
      [neither, 'neither'],
      [silent, 'not mentioned'],
    ]
      .filter(([n]) => n !== 0)
      .map(([n, w]) => `${n} ${w}`)
      .join(', ');
    // Read as a screen reader reads it: the symbols are decoration.
    const total = page.locator(`#matrix tr[data-totals] td[data-company=${slug}] .mx-counts`);
    const text = await total.evaluate((el) =>
      [...el.querySelectorAll('li')].map((li) => li.textContent.replace(/^\s*\S\s*/, '').trim()).join(' '),
    );
    expect(text.replace(/\s+/g, ' ').replace(/ ,/g, ',')).toBe(words);
    await expect(total.getByText(`${good} good for you`)).toBeVisible();
  }
});

test('the practice page shows question, meaning and every company’s answer with quotes', async ({ page }) => {
  await page.goto('/practices/policy-changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy changes');
  await expect(page.getByText('Will they tell you when the policy changes?')).toBeVisible();
  await expect(page.getByText('may change without notice')).toBeVisible();
  await expect(page.getByText('“Yes” is better for you.')).toBeVisible();
  const answers = page.locator('main article[data-company]');
  await expect(answers).toHaveCount(5);
  const ironport = answers.filter({ has: page.getByRole('heading', { name: 'IronPort Systems' }) });
  await expect(ironport.locator('.stance-badge')).toHaveText('◐Partial, mixed for your privacy');
  await expect(ironport.locator('a.quote-source')).toHaveCount(2);
  await expect(page.getByRole('link', { name: /Next: Children/ })).toHaveAttribute('href', '/practices/children/');
  // Five answers fit on one page: no pager.
  await expect(page.getByRole('navigation', { name: /^Pages of answers/ })).toHaveCount(0);
});

for (const width of [1280, 375] as const) {
  test(`the practice page at ${width} px: answers side by side (stacked on a phone), dates for readers, “better for you” said once`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/practices/cookie-choice/');
    await expect(page.getByText('is better for you')).toHaveCount(1);
    const cards = await page.locator('main article[data-company]').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const time = el.querySelector('time');
        return {
          top: r.top,
          left: r.left,
          right: r.right,
          date: time?.textContent,
          iso: time?.getAttribute('datetime'),
        };
      }),
    );
    expect(cards).toHaveLength(5);
    for (const c of cards) {
      expect(c.left).toBeGreaterThanOrEqual(0);
      expect(c.right).toBeLessThanOrEqual(width);
      // One date format: `21 June 2009`, with the ISO date in `datetime`.
      expect(c.date).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(c.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const rows = new Set(cards.map((c) => Math.round(c.top)));
    expect(rows.size).toBe(width === 1280 ? 1 : 5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('the practices index lists every practice, grouped, each linking to its page', async ({ page }) => {
  await page.goto('/practices/');
  const links = page.locator('main h3 a');
  await expect(links).toHaveCount(PRACTICE_ORDER.length);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    PRACTICE_ORDER.map((id) => `/practices/${id}/`),
  );
});

test('no axe violations on practice pages with every kind of answer, light and dark', async ({ page }) => {
  test.setTimeout(300_000);
  // /compare/ (both views), /practices/ and /practices/cookies/ are in a11y.spec's page types;
  // here the main content (the site chrome around it has its own tests).
  for (const path of ['/practices/third-party-sharing/', '/practices/do-not-track/']) {
    await page.goto(path);
    expect(await axeViolationsInBothThemes(page, ['main']), path).toEqual([]);
  }
});
