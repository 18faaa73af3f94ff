/**
 * Names of zones, clusters, corridors and places in Korean, Chinese and Japanese, derived from the
 * English name at load time, never hand-edited into geodata/. As investors' own documents do, the
 * proper name stays in Latin script ("Yen Binh", "Hà Nội – Thái Nguyên") and only the generic part
 * is translated ("Industrial Park" → 산업단지 / 工业园区 / 工業団地), with the terms of
 * messages/glossary.json. A part no rule knows (a company, a code) is kept as written.
 */
export type CjkLang = 'ko' | 'zh' | 'ja';
type T3 = Record<CjkLang, string>;

const t = (ko: string, zh: string, ja: string): T3 => ({ ko, zh, ja });
const KCN = t('산업단지', '工业园区', '工業団地');
const CCN = t('산업 클러스터', '工业集群', '工業クラスター');

/** Generic words that follow a proper name, longest first so "city centre" wins over "centre". */
const SUFFIXES: [string, T3][] = [
	['Concentrated IT Park', t('집중 IT 단지', '集中信息技术园区', '集中IT団地')],
	['Industrial Park', KCN],
	['Industrial Cluster', CCN],
	['International Airport', t('국제공항', '国际机场', '国際空港')],
	['regional link road', t('지역 연결도로', '区域连接公路', '地域連絡道路')],
	['link road', t('연결도로', '连接公路', '連絡道路')],
	['Expressway', t('고속도로', '高速公路', '高速道路')],
	['coal mine terminus', t('탄광 종착역', '煤矿终点站', '炭鉱終着駅')],
	['coal power plant', t('석탄화력발전소', '燃煤电厂', '石炭火力発電所')],
	['cement plant', t('시멘트 공장', '水泥厂', 'セメント工場')],
	['Iron and Steel works', t('제철소', '钢铁厂', '製鉄所')],
	['historic area', t('유적지', '历史遗迹区', '史跡地区')],
	['district seat', t('현 소재지', '县城', '県の中心地')],
	['city centre', t('시 중심', '市中心', '市中心部')],
	['border gate', t('국경 관문', '口岸', '国境ゲート')],
	['interchange', t('IC', '互通立交', 'IC')],
	['junction', t('분기점', '枢纽互通', 'ジャンクション')],
	['railway', t('철도', '铁路', '鉄道')],
	['station', t('역', '站', '駅')],
	['section', t('구간', '段', '区間')],
	['centre', t('중심', '中心', '中心部')],
	['commune', t('사', '社', '社')],
	['complex', t('단지', '综合园区', 'コンプレックス')],
	['ward', t('방', '坊', '坊')],
	['town', t('읍', '镇', '町')],
	['port', t('항', '港', '港')],
	['lake', t('호', '湖', '湖')],
	['mine', t('광산', '矿', '鉱山')],
	['line', t('선', '线', '線')],
	['road', t('도로', '公路', '道路')]
];

const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4', V: '5' };
const ZH_NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const arabic = (n: string) => ROMAN[n] ?? n;

/** Whole phrases and patterns with the proper name (or number) inside them. */
const PATTERNS: [RegExp, (lang: CjkLang, ...g: string[]) => string][] = [
	[/^old city centre$/i, (l) => t('옛 시 중심', '旧市中心', '旧市街中心部')[l]],
	[/^former provincial seat$/i, (l) => t('옛 성 소재지', '原省会', '旧省都')[l]],
	[/^now the northern sub-centre$/i, (l) => t('현재 북부 부중심', '现为北部副中心', '現在は北部の副都心')[l]],
	[/^phase (\w+)$/i, (l, n) => {
		const a = arabic(n);
		return l === 'ko' ? `${a}단계` : l === 'ja' ? `第${a}期` : `${/^\d$/.test(a) ? ZH_NUM[Number(a)] : a}期`;
	}],
	[/^National Road (\w+)$/i, (l, n) => t(`국도 ${n}호선`, `${n}号国道`, `国道${n}号`)[l]],
	[/^Ring Road (\d+) of the (.+) Capital Region$/i, (l, n, r) => t(`${r} 수도권 ${n}번 순환도로`, `${r} 首都圈 ${n} 号环路`, `${r} 首都圏 環状${n}号線`)[l]],
	[/^Km (\d+) of (.+)$/i, (l, n, r) => t(`${r} ${n}km 지점`, `${r} ${n} 公里处`, `${r} ${n}km地点`)[l]],
	[/^on (.+)$/, (l, r) => t(`${r} 연변`, `${r} 沿线`, `${r} 沿い`)[l]],
	// Vietnamese abbreviations kept inside English names: KCN = industrial zone, CCN = cluster, TP = city.
	[/^KCN (.+)$/, (l, r) => `${r} ${KCN[l]}`],
	[/^CCN (.+)$/, (l, r) => `${r} ${CCN[l]}`],
	[/^TP (.+)$/, (l, r) => t(`${r} 시`, `${r} 市`, `${r} 市`)[l]]
];

const COMMA: T3 = t(', ', '，', '、');
const paren = (lang: CjkLang, s: string) => (lang === 'ko' ? ` (${s})` : `（${s}）`);

/** Splits at top-level commas only: "X works (TISCO), Cam Giá ward" → two parts. */
function splitTop(s: string): string[] {
	const out: string[] = [];
	let depth = 0, start = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === ',' && depth === 0) { out.push(s.slice(start, i).trim()); start = i + 1; }
	}
	out.push(s.slice(start).trim());
	return out;
}

function part(s: string, lang: CjkLang): string {
	// A trailing group: "Song Cong II Industrial Park (phase 1)", "Đình Vũ port (Hải Phòng)".
	const m = /^(.+?) \(([^()]+)\)$/.exec(s);
	if (m) return `${part(m[1]!, lang)}${paren(lang, translate(m[2]!, lang))}`;
	for (const [re, f] of PATTERNS) {
		const g = re.exec(s);
		if (g) return f(lang, ...g.slice(1).map((x) => x ?? ''));
	}
	for (const [word, tr] of SUFFIXES) {
		if (s.length > word.length && s.toLowerCase().endsWith(' ' + word.toLowerCase())) {
			return `${s.slice(0, -word.length - 1)} ${tr[lang]}`;
		}
	}
	return s;
}

/** Translates the generic words of an English name; the proper names stay as written. */
export function translate(nameEn: string, lang: CjkLang): string {
	return splitTop(nameEn.normalize('NFC')).map((p) => part(p, lang)).join(COMMA[lang]);
}

const cache = new WeakMap<object, Partial<T3>>();

/** The name of a feature's properties in ko/zh/ja (memoised per object), or null without an English name. */
export function localName(props: Record<string, unknown>, lang: CjkLang): string | null {
	const en = props.name_en;
	if (typeof en !== 'string') return null;
	let c = cache.get(props);
	if (!c) cache.set(props, (c = {}));
	return (c[lang] ??= translate(en, lang));
}

/** `name_ko`, `name_zh`, `name_ja` for a map feature's flat properties (MapLibre reads labels from them). */
export function localNames(props: { name_en: string }): Record<`name_${CjkLang}`, string> {
	return { name_ko: translate(props.name_en, 'ko'), name_zh: translate(props.name_en, 'zh'), name_ja: translate(props.name_en, 'ja') };
}
