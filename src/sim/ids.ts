// Id lists of the world's fixed parts, declared `as const` so types derive from them.

/** The seven other powers whose relations, memory and escalation the sim tracks. */
export const POWER_IDS = ['russia', 'china', 'eu', 'us', 'turkey', 'azerbaijan', 'gulf'] as const;
export type PowerId = (typeof POWER_IDS)[number];

/** Trade partners as Kazakh statistics group them (FACTS TRD*). */
export const PARTNER_IDS = ['eu', 'china', 'russia', 'turkey', 'us', 'centralAsia', 'gulf', 'other'] as const;
export type PartnerId = (typeof PARTNER_IDS)[number];

/** Crude export routes (FACTS OIL4): CPC, Atyrau–Samara, Aktau–BTC, China pipeline, rail. */
export const ROUTE_IDS = ['cpc', 'samara', 'btc', 'china', 'rail'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** Goods corridors: Northern (via Russia), Middle Corridor (TITR), China–Europe via Khorgos. */
export const CORRIDOR_IDS = ['northern', 'middle', 'khorgos'] as const;
export type CorridorId = (typeof CORRIDOR_IDS)[number];

/** Alliances, unions and formats Kazakhstan belongs to or takes part in. */
export const MEMBERSHIP_IDS = ['csto', 'eaeu', 'ots', 'sco', 'bri', 'euPartnership', 'c5plus1'] as const;
export type MembershipId = (typeof MEMBERSHIP_IDS)[number];

/** Where the armed forces' equipment comes from (FACTS SEC3). */
export const SUPPLIER_IDS = ['russia', 'china', 'turkey', 'west', 'domestic'] as const;
export type SupplierId = (typeof SUPPLIER_IDS)[number];

/** The five policy vectors actions are grouped by. */
export const VECTOR_IDS = ['trade', 'routes', 'alliances', 'military', 'identity'] as const;
export type VectorId = (typeof VECTOR_IDS)[number];

/** Scoring pillars of the debrief. */
export const PILLAR_IDS = ['sovereignty', 'prosperity', 'security', 'stability'] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

/** Route status: open, disrupted for some turns, or banned by the transit country. */
export const ROUTE_STATUSES = ['open', 'disrupted', 'banned'] as const;
export type RouteStatus = (typeof ROUTE_STATUSES)[number];

/** Named endings of a game. */
export const ENDING_IDS = ['balancedBridge', 'russianOrbit', 'chineseOrbit', 'westernPivot', 'collapse', 'muddlingThrough'] as const;
export type EndingId = (typeof ENDING_IDS)[number];
