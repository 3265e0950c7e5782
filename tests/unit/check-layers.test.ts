import { describe, expect, it } from 'vitest';
import { layerProblems, LAYERS } from '../../scripts/lib/layers.ts';

const layers = [['base'], ['policy'], ['matrix', 'search']];

describe('the layers of src/lib', () => {
  it('accepts imports down the layers and within a folder', () => {
    expect(
      layerProblems(
        [
          { from: 'policy/parse.ts', to: 'base/errors.ts' },
          { from: 'matrix/build.ts', to: 'policy/schema.ts' },
          { from: 'matrix/build.ts', to: 'matrix/openData.ts' },
          { from: 'matrix/openData.ts', to: 'matrix/build.ts' },
        ],
        layers,
      ),
    ).toEqual([]);
  });

  it('names a loop between folders and the import that goes up', () => {
    const problems = layerProblems(
      [
        { from: 'policy/summary.ts', to: 'matrix/build.ts' },
        { from: 'matrix/build.ts', to: 'policy/schema.ts' },
      ],
      layers,
    );
    expect(problems).toEqual([
      'policy/summary.ts imports matrix/build.ts: policy (layer 1) may not import matrix (layer 2)',
      'loop between folders: matrix ↔ policy',
    ]);
  });

  it('refuses an import between folders of one layer', () => {
    expect(layerProblems([{ from: 'search/index.ts', to: 'matrix/build.ts' }], layers)).toEqual([
      'search/index.ts imports matrix/build.ts: search and matrix share layer 2 and may not import each other',
    ]);
  });

  it('refuses a folder in no layer and an import out of src/lib', () => {
    expect(
      layerProblems(
        [
          { from: 'pages/company.ts', to: 'policy/schema.ts' },
          { from: 'policy/schema.ts', to: '../data/atlas.ts' },
        ],
        layers,
      ),
    ).toEqual([
      'policy/schema.ts imports ../data/atlas.ts, outside src/lib: src/lib imports only src/lib and packages',
      'src/lib/pages/ is in no layer: add it to LAYERS in scripts/lib/layers.ts',
    ]);
  });

  it('places every folder once', () => {
    const folders = LAYERS.flat();
    expect(new Set(folders).size).toBe(folders.length);
  });
});
