// Each layer rule of eslint.config.js, shown to bite: a violating import at a
// path inside the layer it breaks must be reported, by the rule that holds it.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layer rules read imports, not types; the files linted here exist only as
// text, outside the TypeScript project the type-aware rules read, so those are off.
const eslint = new ESLint({ ignore: false, overrideConfig: tseslint.configs.disableTypeChecked });

async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const PATHS = 'import-x/no-restricted-paths';
const IMPORTS = '@typescript-eslint/no-restricted-imports';

const violations: [string, string, string, string][] = [
  [
    'a feature imports the app shell',
    'src/features/filters/fixture.tsx',
    "import { Layout } from '../../app/layout.tsx';\nexport const x = Layout;",
    PATHS,
  ],
  [
    'a feature imports another feature',
    'src/features/filters/fixture.tsx',
    "import { Explorer } from '../explorer/explorer.tsx';\nexport const x = Explorer;",
    PATHS,
  ],
  [
    'a shared component imports a feature',
    'src/components/fixture.tsx',
    "import { FilterBar } from '../features/filters/filter-bar.tsx';\nexport const x = FilterBar;",
    PATHS,
  ],
  [
    'a hook imports the app shell',
    'src/hooks/fixture.ts',
    "import { AppRoutes } from '../app/router.tsx';\nexport const x = AppRoutes;",
    PATHS,
  ],
  [
    'a selector reads the store',
    'src/data/fixture.ts',
    "import { useUiStore } from '../store/ui-store.ts';\nexport const x = useUiStore;",
    PATHS,
  ],
  [
    'a formatter imports a hook',
    'src/format/fixture.ts',
    "import { useLang } from '../hooks/view-context.tsx';\nexport const x = useLang;",
    PATHS,
  ],
  [
    'an option builder imports the chart wrapper',
    'src/charts/options/fixture.ts',
    "import Chart from '../chart.tsx';\nexport const x = Chart;",
    PATHS,
  ],
  [
    'the app code imports the pipeline',
    'src/data/fixture.ts',
    "import { normalize } from '../../pipeline/units.ts';\nexport const x = normalize;",
    PATHS,
  ],
  [
    'a selector imports React',
    'src/data/fixture.ts',
    "import { useMemo } from 'react';\nexport const x = useMemo;",
    IMPORTS,
  ],
  [
    'the URL codec imports the router',
    'src/url/fixture.ts',
    "import { useSearchParams } from 'react-router';\nexport const x = useSearchParams;",
    IMPORTS,
  ],
  [
    'an option builder imports an ECharts value',
    'src/charts/options/fixture.ts',
    "import { graphic } from 'echarts/core';\nexport const x = graphic;",
    IMPORTS,
  ],
  [
    'a feature imports ECharts itself',
    'src/features/filters/fixture.tsx',
    "import * as echarts from 'echarts/core';\nexport const x = echarts;",
    IMPORTS,
  ],
  [
    'a feature imports the ECharts wrapper library',
    'src/features/filters/fixture.tsx',
    "import ReactECharts from 'echarts-for-react/esm/core';\nexport const x = ReactECharts;",
    IMPORTS,
  ],
];

// The first lint builds the TypeScript program the type-aware rules read: seconds
// on a busy 2-core machine. What these tests check is which rule fires, not how fast.
describe('lint holds the layers', { timeout: 60_000 }, () => {
  it.each(violations)('rejects: %s', async (_name, path, code, rule) => {
    expect(await rulesFired(path, code)).toContain(rule);
  });

  it('rejects an import cycle', async () => {
    const [result] = await eslint.lintFiles(['src/testing/lint-fixtures/cycle-a.ts']);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it('holds one file-naming convention: kebab-case', async () => {
    expect(await rulesFired('src/features/filters/FilterThing.tsx', 'export const x = 1;')).toContain(
      'check-file/filename-naming-convention',
    );
    expect(await rulesFired('pipeline/pageThing.ts', 'export const x = 1;')).toContain(
      'check-file/filename-naming-convention',
    );
    expect(await rulesFired('src/features/filters/filter-thing.test.tsx', 'export const x = 1;')).toEqual([]);
  });

  it('reads types too: a floating promise, and a promise-returning listener', async () => {
    const typed = new ESLint({ ignore: false });
    const [result] = await typed.lintFiles(['src/testing/lint-fixtures/floating-promise.ts']);
    const fired = result?.messages.map((m) => m.ruleId);
    expect(fired).toContain('@typescript-eslint/no-floating-promises');
    expect(fired).toContain('@typescript-eslint/no-misused-promises');
  });

  it('accepts what the layers allow: ECharts types in an option builder, shared code in a feature, the chart wrapper in src/charts', async () => {
    expect(
      await rulesFired(
        'src/charts/options/fixture.ts',
        "import type { BarSeriesOption } from 'echarts/charts';\nexport type X = BarSeriesOption;",
      ),
    ).toEqual([]);
    expect(
      await rulesFired(
        'src/features/filters/fixture.tsx',
        "import { RouteLink } from '../../components/route-link.tsx';\nimport { useT } from '../../hooks/view-context.tsx';\nexport const x = [RouteLink, useT];",
      ),
    ).toEqual([]);
    expect(
      await rulesFired(
        'src/charts/fixture.tsx',
        "import ReactECharts from 'echarts-for-react/esm/core';\nexport const x = ReactECharts;",
      ),
    ).toEqual([]);
  });
});
