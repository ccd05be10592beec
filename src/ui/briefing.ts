// Briefing view-model: the period's news (powers' moves with their reasons, events, completed projects) in words.
import { t, textOf } from '../i18n';
import type { Rules } from '../sim/content';
import type { ScenarioData } from '../sim/scenarioData';
import type { World } from '../sim/world';
import { money, num } from './format';
import { alarmLevel } from './hud';
import { partnerName, powerName } from './labels';
import { indicators } from '../sim/index';
import { oilViaRussiaShare } from '../sim/model/oil';

/** One news item: a heading (who or what), the headline, and why it happened. */
export interface NewsView {
  kind: 'power' | 'event' | 'project' | 'order' | 'model' | 'opening';
  who: string;
  powerId: string | null;
  headline: string;
  reason: string;
  hostile: boolean;
}

/** The briefing's items: the scenario's opening at the start, the last period's news afterwards. */
export function briefingView(rules: Rules, world: World, scenario: ScenarioData | null): NewsView[] {
  if (world.history.length === 0) {
    const opening: NewsView[] = [{ kind: 'opening', who: t('briefing.opening'), powerId: null, headline: textOf(scenario?.title), reason: textOf(scenario?.summary), hostile: false }];
    if (scenario?.goal) opening.push({ kind: 'opening', who: t('briefing.goal'), powerId: null, headline: textOf(scenario.goal), reason: '', hostile: false });
    return [...opening, ...stateOfPlay(world)];
  }
  return world.news.map((n): NewsView => {
    if (n.kind === 'power') {
      const rule = rules.powerRules.find((r) => r.id === n.id);
      return { kind: 'power', who: powerName(n.power ?? rule?.power ?? ''), powerId: n.power ?? rule?.power ?? null, headline: textOf(rule?.title) || n.id, reason: textOf(rule?.reason), hostile: rule?.kind === 'hostile' };
    }
    if (n.kind === 'event') {
      const e = rules.events[n.id];
      return { kind: 'event', who: t('briefing.event'), powerId: null, headline: textOf(e?.title) || n.id, reason: textOf(e?.description), hostile: false };
    }
    const a = rules.actions[n.id];
    const title = textOf(a?.title) || n.id;
    return { kind: n.kind, who: t(n.kind === 'order' ? 'briefing.order' : 'briefing.project', { title: '' }).replace(/:\s*$/, ''), powerId: null, headline: title, reason: textOf(a?.description), hostile: false };
  });
}

/** Three facts that frame the first turn: dependence on Russian oil routes, the main partners, Russia's alarm. */
function stateOfPlay(world: World): NewsView[] {
  const ind = indicators(world);
  const viaRussia = oilViaRussiaShare(world) * 100; // routes whose transit country is Russia, as the model counts them
  const partners = Object.entries(ind.tradeByPartnerUsdBn).filter(([id]) => id !== 'other').sort((a, b) => b[1] - a[1]).slice(0, 3);
  const who = t('briefing.stateOfPlay');
  return [
    { kind: 'opening', who, powerId: 'russia', headline: t('briefing.oilShare', { share: num(viaRussia, 0) }), reason: t('briefing.oilWhy'), hostile: false },
    { kind: 'opening', who, powerId: partners[0]?.[0] ?? null, headline: t('briefing.partners', { list: partners.map(([id, v]) => `${partnerName(id)} ${money(v)}`).join(', ') }), reason: t('briefing.partnersWhy'), hostile: false },
    { kind: 'opening', who, powerId: null, headline: t('briefing.alarm', { value: num(world.gauges.russiaAlarm, 0), level: t(`hud.alarmLevel.${alarmLevel(world.gauges.russiaAlarm)}`) }), reason: t('briefing.alarmWhy'), hostile: false },
  ];
}
