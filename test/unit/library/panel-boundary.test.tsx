// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PanelBoundary } from '../../../src/ui/PanelBoundary';
import { StoreProvider } from '../../../src/store/store-context';
import { createMarsadStore } from '../../../src/store/store';

function Broken(): never {
  throw new Error('layer missing');
}

describe('a panel that fails to render', () => {
  it('shows a message in that panel and leaves the others working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <StoreProvider store={createMarsadStore()}>
        <PanelBoundary name="map">
          <Broken />
        </PanelBoundary>
        <PanelBoundary name="library">
          <p>Articles</p>
        </PanelBoundary>
      </StoreProvider>,
    );
    expect(screen.getByRole('alert', { name: 'map' })).toHaveTextContent(/ran into an error.*layer missing/);
    expect(screen.getByText('Articles')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
