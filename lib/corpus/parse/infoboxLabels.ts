/** The infobox fields the platform models, and how English and Chinese infoboxes label them. */
export type InfoboxField =
  | 'belligerents'
  | 'casualties'
  | 'commanders'
  | 'date'
  | 'location'
  | 'nativeName'
  | 'partOf'
  | 'result'
  | 'strength'
  | 'territorialChanges'

const LABELS: [InfoboxField, RegExp][] = [
  ['belligerents', /^(?:belligerents|combatants|参战方|參戰方|交战方|交戰方)$/i],
  ['commanders', /^(?:commanders(?: and leaders)?|leaders|指挥官|指揮官|指挥官与领导者|指揮官與領導者)$/i],
  ['strength', /^(?:strength|units involved|兵力|参战兵力|參戰兵力)$/i],
  ['casualties', /^(?:casualties(?: and losses)?|losses|伤亡|傷亡|伤亡与损失|傷亡與損失)$/i],
  ['result', /^(?:result|outcome|结果|結果)$/i],
  ['date', /^(?:date|dates|日期|时间|時間)$/i],
  ['location', /^(?:location|place|地点|地點)$/i],
  ['territorialChanges', /^(?:territorial changes|领土变更|領土變更)$/i],
  ['nativeName', /^(?:native name|原文名|本地名称|本地名稱)$/i],
  ['partOf', /^(?:part of|所属|所屬)$/i],
]

/** The field an infobox label stands for, or null for labels the platform keeps only as text. */
export const infoboxFieldOf = (label: string): InfoboxField | null => LABELS.find(([, pattern]) => pattern.test(label.trim()))?.[0] ?? null

/** A field whose value has one column per party to the conflict. */
export const isPerSideField = (field: InfoboxField | null) =>
  field === 'belligerents' || field === 'commanders' || field === 'strength' || field === 'casualties'

/** A one-line outcome such as "Qing victory" that infoboxes print without a label. */
export const RESULT_LINE = /\b(?:victory|defeat|stalemate|inconclusive|withdrawal)\b|胜利|勝利|获胜|獲勝|战败|戰敗/i
