// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { placesWithoutFigures } from '../testing/dataset.ts';
import { renderInView } from '../testing/render.tsx';
import { EmptyState } from './empty-state.tsx';

describe('EmptyState', () => {
  // A place whose article gives no figure: the dataset's own, and one built from it (src/testing/dataset.ts).
  it.each(placesWithoutFigures().map((p) => [p.name, p] as const))(
    'says a place reports no figures, not that nothing matches (%s)',
    async (_name, { regionId, dataset }) => {
      const place = dataset.regions.find((r) => r.id === regionId)!;
      const { url } = renderInView(<EmptyState />, { url: `/?region=${regionId}`, data: dataset });
      expect(screen.getByRole('status').textContent).toContain(`${place.name.zh}的报道没有给出可量化的数据。`);
      expect(screen.queryByText('没有符合当前筛选条件的指标。')).toBeNull();
      await userEvent.setup().click(screen.getByRole('button', { name: '清除筛选' }));
      expect(url.params().get('region')).toBeNull();
    },
  );

  it('says a search matches nothing when it does', () => {
    renderInView(<EmptyState />, { url: '/?q=zzzz' });
    expect(screen.getByRole('status').textContent).toContain('没有与“zzzz”匹配的指标。');
  });
});
