// "Open a shared game": paste a share code or a ?play= link; it is checked here (clear message, nothing lost), then
// loaded through the machine's own LOAD_CODE event.
import { t } from '../../i18n';
import { parseShareCode } from '../../machine/index';
import type { GameActor } from '../../scenes/session';
import { prepareForCode } from '../lessonLaunch';
import { machineErrorWords } from '../machineErrorWords';
import { button, h, openSheet } from './dom';

/** The share code in a pasted text: the `play` parameter of a link, or the text itself. */
export function shareCodeFrom(text: string): string {
  const joined = text.replace(/\s+/g, ''); // links and codes have no spaces: line breaks from chat apps go
  const link = /[?&]play=([^&#]*)/.exec(joined);
  return link ? (link[1] ?? '') : joined;
}

/** Opens the paste box over the menu. */
export function openSharedGame(actor: GameActor): void {
  const sheet = openSheet('open-shared', t('shared.title'));
  const input = h('textarea', { id: 'shared-code', rows: 4, 'data-name': 'shared:code', 'aria-label': t('shared.label'), spellcheck: 'false' });
  const message = h('div', { 'aria-live': 'polite' });
  const open = () => {
    const code = shareCodeFrom(input.value);
    const parsed = parseShareCode(code);
    if (!parsed.ok) {
      message.replaceChildren(h('div', { className: 'dom-problems', role: 'alert' }, h('strong', {}, t('shared.bad')), h('p', {}, machineErrorWords(parsed.error))));
      return;
    }
    prepareForCode(actor, code);
    actor.send({ type: 'LOAD_CODE', code });
    const error = actor.getSnapshot().context.error;
    if (error && actor.getSnapshot().matches('menu')) {
      message.replaceChildren(h('div', { className: 'dom-problems', role: 'alert' }, h('strong', {}, t('shared.bad')), h('p', {}, machineErrorWords(error))));
      actor.send({ type: 'DISMISS_ERROR' });
      return;
    }
    sheet.close();
  };
  sheet.body.append(
    h('div', { className: 'narrow' },
      h('p', { className: 'lead' }, t('shared.intro', { button: t('debrief.share') })),
      h('label', { for: 'shared-code', className: 'label' }, t('shared.label')),
      input,
      h('div', { className: 'row' }, button('shared:open', t('shared.open'), open, true)),
      message),
  );
  input.focus();
}
