// The FACTS.md rows content cites, kept in the game so it can show a source for each real episode it rests on.
import type { Text } from '../sim/content';
import translations from './facts.i18n.json';

/** One documented fact: its FACTS.md id, what it says, and where it was published. */
export interface Fact {
  id: string;
  text: string;
  source: string; // address as given in FACTS.md (some shortened with "…"); "see X" points to another fact
}

/** Facts from the project's FACTS.md (2021–2024), copied verbatim where possible. */
export const FACTS: readonly Fact[] = [
  { id: "OIL1", text: "Crude + condensate output: 85.7 Mt (2021)", source: "kierunekkaukaz.pl/2022/04/07/… (Energy Ministry)" },
  { id: "OIL2", text: "Output / exports: 84.2 Mt / 64.3 Mt (2022)", source: "astanatimes.com/2023/01/kazakhstan-exceeds-oil-extraction-expectations-in-2022/" },
  { id: "OIL3", text: "Big three fields: Tengiz 29.2, Kashagan 12.7, Karachaganak 11.3 Mt (2022)", source: "same as OIL2" },
  { id: "OIL4", text: "Export routes: CPC 52 Mt (81%), Atyrau–Samara into Russia's system 8 Mt (13%), Aktau by tanker 2 Mt (4%), China pipeline 1 Mt (2%), rail 0.4 Mt; 94% of exports crossed Russia (2022)", source: "lkyspp.nus.edu.sg/gia/article/diversifying-kazakhstan-s-oil-exports-from-russia" },
  { id: "OIL5", text: "Oil and gas in the economy: about 20% of GDP, 61% of exports (2022)", source: "same as OIL4" },
  { id: "CPC1", text: "CPC pipeline: 1,511 km; about 67 Mt/yr capacity; Kazakh oil >80% of throughput (52.2 of 58.7 Mt in 2022; 53.1 Mt in 2021) (2021–22)", source: "astanatimes.com/2022/07/russian-court-lifts-suspension-on-caspian-pipeline-consortium/; interfax.com/newsroom/top-stories/84699/" },
  { id: "CPC2", text: "CPC owners: Russia 31% (Transneft 24%), Kazakhstan 20.75%, Chevron 15%, LUKARCO 12.5%, Mobil 7.5%, Rosneft-Shell 7.5% (2022)", source: "en.mehrnews.com/news/188830 (Interfax)" },
  { id: "CPC3", text: "Disruption: storm: two of three sea moorings damaged, announced 22 Mar; restored by late May; Kazakh loss estimate KZT 100–150 bn (2022)", source: "intellinews.com/…-239144; inform.kz (27 May 2022)" },
  { id: "CPC4", text: "Disruption: mine search: seabed search for WWII ordnance, 15 Jun–5 Jul, two moorings idle (2022)", source: "rossaprimavera.ru/news/6c443d34" },
  { id: "CPC5", text: "Disruption: court: Novorossiysk court ordered a 30-day halt (5–6 Jul), replaced by a RUB 200,000 fine on 11 Jul; came right after Tokayev declined at the St Petersburg forum (June) to recognise the Donbas \"republics\" (2022)", source: "en.portnews.ru/news/331802/; astanatimes 2022/07 (CPC1)" },
  { id: "CPC6", text: "Disruption: cracked moorings: only one mooring loading from 22 Aug; repairs into November (2022)", source: "tass.com/economy/1496709" },
  { id: "BTC1", text: "Baku–Tbilisi–Ceyhan pipeline: 1,768 km; 1.2 million barrels/day (2014)", source: "bp.com/en_az/…/btc.html" },
  { id: "BTC2", text: "Kazakh oil via Aktau → BTC: 0.25 Mt in 2022; SOCAR agreement for 1.5 Mt/yr (2022); government goal 6–6.5 Mt/yr \"in future\" (2022)", source: "menafn.com/1107722129; turanews.kz/en/news/kazakhstan-to-start-transporting-oil-via-btc-pipeline-as-of-223/" },
  { id: "CHN1", text: "Atasu–Alashankou pipeline to China: 20 Mt/yr capacity; Kazakh crude only about 1 Mt/yr, about 10 Mt/yr is Russian oil in transit (2013/2022)", source: "oilandgastechnology.net; intellinews.com/…-360373" },
  { id: "RAIL1", text: "Oil by rail: test cargo of 1,000 t to Finland; shortage of tank cars (Oct 2022)", source: "thediplomat.com/2022/10/kazakhstan-tries-new-oil-export-routes/" },
  { id: "TCO1", text: "Tengizchevroil owners: Chevron 50%, ExxonMobil 25%, KazMunayGas 20%, LukArco 5% (2023)", source: "marketscreener (Reuters)" },
  { id: "NCOC1", text: "Kashagan owners: KMG 16.88%; Eni, Shell, TotalEnergies, ExxonMobil 16.81% each; CNPC 8.33%; Inpex 7.56% (2023)", source: "caspianbarrel.org/en/2023/04/…" },
  { id: "ECO1", text: "GDP: KZT 103.8 trillion (≈$225 bn, unconfirmed conversion) (2022)", source: "stat.gov.kz/en/…/publications/76336/" },
  { id: "ECO2", text: "Oil in the budget: oil payments about a third of the state budget; National Fund transfers a record 42% of budget revenue in 2020 (2020–22)", source: "petrocouncil.kz/en/how-much-have-kazakhstans-oil-revenues-decreased/; acra-ratings.com/research/2270" },
  { id: "ECO3", text: "National Fund: $61 bn assets (Jan 2023)", source: "astanatimes.com/2023/01/kazakhstans-national-fund-assets-reach-61-billion/" },
  { id: "ECO4", text: "Total exports: $84.4 bn (2022)", source: "eurasia.ro/?p=115528" },
  { id: "TRD1", text: "EU share of trade: \"almost 30%\" (Prime Minister); \"more than 40%\", about $40 bn (President, 2023) (2022–23)", source: "en.inform.kz/news/kazakh-pm-calls-…-a4bd29/; newscentralasia.net/2023/06/03/…" },
  { id: "TRD2", text: "China trade: $24 bn (Kazakh statistics) vs $31.2 bn (Chinese customs) (2022)", source: "astanatimes.com/2023/04/…" },
  { id: "TRD3", text: "Russia trade: about $26 bn (2022)", source: "frontnews.eu/en/news/details/61274" },
  { id: "TRD4", text: "Russia's share of imports: 43% (2021)", source: "Kazinform via en.ckhq.net" },
  { id: "TRD5", text: "Türkiye trade: $4.1 bn (2021, Kazakh statistics), $6.3 bn (2022); stated target $10 bn (2021–22)", source: "trtworld.com/article/12788579" },
  { id: "TRD6", text: "US trade: $2.5 bn (2021), $3.1 bn (2022) (2021–22)", source: "astanatimes.com/2023/05/…" },
  { id: "TRD7", text: "Russian-linked firms: about 8,000 with Russian participation plus 3,348 joint ventures (early 2023) (2023)", source: "kresy.pl/…; eKaraganda" },
  { id: "TRD8", text: "Relocation after mobilisation: about 200,000 Russians arrived after Sept 2022 (2022)", source: "insightnews.media/50-global-companies-left-russia-for-kazakhstan/" },
  { id: "TRD9", text: "Sanctions exposure: EU/UK/US exports to Kazakhstan up >80%, Kazakh exports to Russia up >22% (EBRD) (2022)", source: "thediplomat.com/2023/06/kazakhstan-is-vulnerable-to-secondary-sanctions/" },
  { id: "TITR1", text: "Middle Corridor cargo: 1.5 Mt, 2.5× the 2021 level; 33,000 TEU (2022)", source: "astanatimes.com/2023/05/cargo-transportation-along-middle-corridor-increases-to-1-5-million-tons-in-2022/" },
  { id: "TITR2", text: "Middle Corridor capacity: about 5.8–6 Mt/yr; target 10 Mt within five years; World Bank outlook 11 Mt by 2030 (2023)", source: "same as TITR1; en.trend.az/business/transport/3867965.html" },
  { id: "KHG1", text: "Khorgos Gateway dry port: opened 2015; COSCO and Lianyungang hold 49%; about 7,000 China–Europe trains passed in 2022 (2015–22)", source: "eng.yidaiyilu.gov.cn/qwyw/rdxw/16151.htm; intermodalnews.eu/2023/01/03/…" },
  { id: "SEC1", text: "CSTO deployment: decided 6 Jan 2022, about 2,500 troops announced, withdrawn 13–19 Jan (2022)", source: "en.armradio.am/2022/01/13/…" },
  { id: "SEC2", text: "January 2022 unrest: 238 deaths (final count) (2022)", source: "dawn.com/news/1669741" },
  { id: "SEC3", text: "Arms imports: Russia supplied 88% of Kazakh arms imports (SIPRI) (2020–24)", source: "daryo.uz/en/2025/03/25/kazakhstan-among-worlds-top-40-arms-importers" },
  { id: "SEC4", text: "Anka drones: Turkish Aerospace – Kazakhstan Engineering agreement, 10 May 2022; assembly planned (2022)", source: "trtworld.com/article/12788560" },
  { id: "SEC5", text: "Military doctrine: revised Oct 2022; keeps \"no state is an enemy\" (2022)", source: "thediplomat.com/2022/10/new-military-doctrine-…" },
  { id: "SEC6", text: "Defence spending: +KZT 441 bn in 2022 on about $1.7 bn; arms exports suspended for a year (Aug 2022) (2022)", source: "thediplomat.com/2022/08/kazakhstan-suspends-arms-exports-for-a-year" },
  { id: "SEC7", text: "Secondary-sanctions warning: US Treasury, Commerce and UK officials in Astana (Apr 2023)", source: "kz.kursiv.media/en/2023-04-26/…" },
  { id: "SEC8", text: "Border with Russia: 7,644 km (often quoted); 7,591 km (French foreign ministry); \">7,500 km\" (TASS) (—)", source: "tass.com/politics/1901155" },
  { id: "SOC1", text: "2021 census: 19,186,015 people (2021)", source: "astanatimes.com/2023/10/kazakhstans-population-surges-20-since-2009-census/" },
  { id: "SOC2", text: "Ethnic make-up: Kazakh 70.4%, Russian 15.5% (2.98 million), Uzbek 3.2%, Ukrainian 2%, Uyghur 1.5% (2021)", source: "census" },
  { id: "SOC3", text: "Latin script: decree Oct 2017; revised 2018; new alphabet 2021; phased rollout 2023–2031 (2017–23)", source: "aa.com.tr/…/2217193; caspianpolicy.com/research/report/qr-briefing-2232023" },
  { id: "SOC4", text: "\"language patrols\": videos from Aug 2021; criminal case; officially called provocations (2021–22)", source: "inashville.net/tokayev-called-…" },
  { id: "ORG1", text: "Organization of Turkic States: renamed Nov 2021; members Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye, Uzbekistan (2021)", source: "trtworld.com/article/12773905" },
  { id: "T1", text: "2–11 Jan 2022: unrest; CSTO force invited, then withdrawn (SEC1, SEC2)", source: "see SEC1" },
  { id: "T2", text: "10 May 2022: Anka drone co-production agreement (SEC4)", source: "see SEC4" },
  { id: "T3", text: "7 Jun 2022: intergovernmental agreement on oil transit across Russia (later used for oil to Germany)", source: "commonspace.eu/news/first-kazakh-oil-shipment-sent-germany-druzhba-pipeline" },
  { id: "T4", text: "17 Jun 2022: Tokayev, on stage beside Putin at the St Petersburg forum, declines to recognise the Donbas \"republics\"", source: "see CPC5" },
  { id: "T5", text: "Jul 2022: court orders a 30-day CPC halt, commuted to a fine (CPC5)", source: "see CPC5" },
  { id: "T6", text: "2 Aug 2022: a post on the social-media page of Russia's Security Council deputy chairman (ex-president Medvedev) calls Kazakhstan an \"artificial state\"; deleted within minutes, blamed on hackers", source: "thediplomat.com/2022/08/former-russian-president-questions-kazakhstans-sovereignty/" },
  { id: "T7", text: "Aug 2022: one-year suspension of arms exports (SEC6)", source: "see SEC6" },
  { id: "T8", text: "14 Sep 2022: Xi Jinping's first trip abroad since the pandemic is to Astana; pledges to support Kazakhstan's \"independence, sovereignty and territorial integrity\" whatever happens", source: "rferl.org/a/chinese-president-visits-kazakhstan-/32033879.html" },
  { id: "T9", text: "Sep 2022: mobilisation in Russia; about 200,000 Russians cross into Kazakhstan (TRD8)", source: "see TRD8" },
  { id: "T10", text: "Oct 2022: revised military doctrine (SEC5); SOCAR agreement for 1.5 Mt/yr through BTC (BTC2)", source: "see SEC5, BTC2" },
  { id: "T11", text: "7 Nov 2022: memorandum on raw materials, batteries and renewable hydrogen signed at COP27; roadmap for 2023–24 agreed May 2023", source: "wired-gov.net (EU press release, 8 Nov 2022); azernews.az/region/210096.html" },
  { id: "T12", text: "28 Feb 2023: Secretary of State Blinken meets Central Asian foreign ministers in Astana", source: "en.trend.az/casia/3798039.html" },
  { id: "T13", text: "23 Feb 2023: first Kazakh oil into the Druzhba pipeline for the Schwedt refinery (20,000 t trial; 1.2 Mt requested for 2023)", source: "urdupoint.com (Sputnik, 23 Feb 2023); astanatimes.com/2023/03/…" },
  { id: "T14", text: "Apr 2023: officials in Astana warn about re-exports to Russia (SEC7)", source: "see SEC7" },
  { id: "T15", text: "17–19 May 2023: first China–Central Asia summit in Xi'an; Tokayev sets a $40 bn trade target with China by 2030", source: "exbulletin.com (Reuters, 17 May 2023); inform.kz (19 May 2023)" },
  { id: "T16", text: "19 Sep 2023: first C5+1 presidential summit, New York", source: "worldreportnow.com (White House readout)" },
  { id: "T17", text: "3 Nov 2023: Organization of Turkic States summit in Astana (ORG1)", source: "see ORG1" },
  { id: "T18", text: "6 Oct 2024: referendum approves a first nuclear power plant (71% yes, 64% turnout); the builder's nationality is a geopolitical choice (Russia, China, France, Korea competed)", source: "sputnikglobe.com/20241007/…; dagsavisen.no/nyheter/verden/2024/10/07/…" },
];

const byId = new Map(FACTS.map((f) => [f.id, f]));

const translated: Record<string, { ru: string; kk: string } | undefined> = translations;

/** A fact's words in every language the game speaks: English as in FACTS.md, Russian and Kazakh from facts.i18n.json. */
export function factWords(fact: Fact): Text {
  return { en: fact.text, ...translated[fact.id] };
}

/** The fact with this id, or undefined when content cites an id that is not listed. */
export function factById(id: string): Fact | undefined {
  return byId.get(id);
}
