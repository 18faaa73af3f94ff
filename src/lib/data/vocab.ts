/**
 * The data's closed vocabularies and id pattern, without zod: the app imports these (codec, palette,
 * filters) and so stays free of the validator's weight; schema.ts builds its schemas from them.
 */
export const SITE_STATUSES = ['operating', 'under_construction', 'established', 'planned', 'removed'] as const;
export const CORRIDOR_STATUSES = ['operating', 'under_construction', 'planned', 'proposed', 'disused'] as const;
export const SECTORS = [
	'electronics', 'mechanical', 'metallurgy', 'automotive', 'textiles', 'food_agro', 'materials',
	'chemicals', 'energy', 'logistics', 'it', 'supporting', 'clean_tech', 'mixed'
] as const;
export const TN_DISTRICTS = [
	'tp-thai-nguyen', 'tp-song-cong', 'tp-pho-yen', 'phu-binh', 'dong-hy', 'dai-tu', 'phu-luong',
	'dinh-hoa', 'vo-nhai'
] as const;
export const BK_DISTRICTS = [
	'bk-tp-bac-kan', 'bk-ba-be', 'bk-bach-thong', 'bk-cho-don', 'bk-cho-moi', 'bk-na-ri', 'bk-ngan-son',
	'bk-pac-nam'
] as const;
export const DISTRICTS = [...TN_DISTRICTS, ...BK_DISTRICTS] as const;
export const EVIDENCE = ['verified', 'verified_tccs', 'tccs_only', 'plan_2021', 'unverified', 'removed_2021'] as const;
export const CONFIDENCE = ['high', 'medium_high', 'medium', 'low_medium', 'low', 'very_low'] as const;
export const GEOMETRY_QUALITY = ['surveyed', 'traced', 'indicative'] as const;
export const POINT_KINDS = ['zone', 'tenant', 'commune', 'town', 'ward', 'estimate'] as const;
export const PLACE_TYPES = ['district_seat', 'interchange', 'station', 'destination', 'landmark'] as const;
export const PROVINCE_GROUPS = [
	'zones_2023', 'clusters_2023', 'economy', 'zones_latest', 'clusters_latest', 'plan_2030'
] as const;
export const UNITS = ['count', 'ha', 'pct', 'vnd', 'usd', 'people', 'km2', 'jobs'] as const;

export const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ISO_DATE_RE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
