import { describe, expect, it } from 'vitest';
import { createUpdateChannel } from '../../../src/pwa/update-channel';
import { translate } from '../../../src/ui/i18n';
import { updateNoticeContent, type UpdateSignal } from '../../../src/pwa/update-notice';

/** A channel as the page has it, with the reloads and take-over requests it made counted. */
function page() {
  let reloads = 0;
  let activations = 0;
  const channel = createUpdateChannel(() => (reloads += 1));
  channel.setActivateWaiting(() => (activations += 1));
  const shown = () => {
    const content = updateNoticeContent(channel.phase());
    return content && { message: translate('en', content.message), action: content.action };
  };
  const send = (...signals: UpdateSignal[]) => signals.forEach((signal) => channel.signal(signal));
  return { channel, send, shown, reloads: () => reloads, activations: () => activations };
}

describe('the update notice', () => {
  it('shows nothing while no new version waits', () => {
    const tab = page();
    expect(tab.shown()).toBeNull();
    expect(tab.reloads()).toBe(0);
  });

  it('offers "Reload to update" when a new version has installed, and swaps nothing by itself', () => {
    const tab = page();
    tab.send('need-refresh');
    expect(tab.shown()).toEqual({ message: 'A new version of Marsad is ready.', action: 'reloadToUpdate' });
    expect(translate('en', 'reloadToUpdate')).toBe('Reload to update');
    expect(translate('ar', 'reloadToUpdate')).toMatch(/[\u0600-\u06FF]/);
    expect(tab.activations()).toBe(0);
    expect(tab.reloads()).toBe(0);
  });

  it('lets the new version take over only when the user clicks, then reloads once it controls the page', () => {
    const tab = page();
    tab.send('need-refresh', 'reload-clicked');
    expect(tab.activations()).toBe(1);
    expect(tab.reloads()).toBe(0);
    expect(tab.shown()?.message).toBe('Updating Marsad…');
    tab.send('took-over');
    expect(tab.reloads()).toBe(1);
  });

  it('does not reload a page whose version another tab replaced: it says so and waits for a click', () => {
    const tab = page();
    tab.send('need-refresh', 'took-over');
    expect(tab.reloads()).toBe(0);
    expect(tab.shown()).toEqual({
      message: 'Marsad was updated in another tab; this page still runs the old version.',
      action: 'reloadToUpdate',
    });
    tab.send('reload-clicked');
    expect(tab.reloads()).toBe(1);
    // The new version is already in control: nothing to activate.
    expect(tab.activations()).toBe(0);
  });

  it('hides a dismissed update without installing it, and offers it again when it is found again', () => {
    const tab = page();
    tab.send('need-refresh', 'dismissed');
    expect(tab.shown()).toBeNull();
    expect(tab.activations()).toBe(0);
    tab.send('need-refresh');
    expect(tab.shown()?.action).toBe('reloadToUpdate');
  });

  it('ignores a click on Reload when no update waits, and a second click while updating', () => {
    const tab = page();
    tab.send('reload-clicked');
    expect(tab.activations()).toBe(0);
    expect(tab.reloads()).toBe(0);
    tab.send('need-refresh', 'reload-clicked', 'reload-clicked', 'need-refresh');
    expect(tab.activations()).toBe(1);
    expect(tab.shown()?.message).toBe('Updating Marsad…');
  });

  it('tells the listeners of the page each time the notice changes', () => {
    const tab = page();
    let changes = 0;
    const stop = tab.channel.subscribe(() => (changes += 1));
    tab.send('need-refresh', 'need-refresh', 'dismissed');
    expect(changes).toBe(2);
    stop();
    tab.send('need-refresh');
    expect(changes).toBe(2);
  });
});
