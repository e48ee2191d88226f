/**
 * Words that name something that happened. A dated section heading is an event
 * only when its name says what happened ("The Albazin Campaign", "伊犁之战");
 * a heading that is a person's or a place's name with years ("1643-1644 :
 * <explorer>", "<fort> (1665–1689)") is a period of that person or place, and
 * an event named after them would put a person on the timeline as a happening.
 */
const ENGLISH_EVENT_WORDS =
  /\b(?:battles?|sieges?|wars?|warfare|campaigns?|expeditions?|conflicts?|rebellions?|revolts?|uprisings?|insurrections?|mutiny|mutinies|treat(?:y|ies)|conventions?|protocols?|agreements?|invasions?|conquests?|reconquests?|occupations?|annexations?|cessions?|flights?|exodus|migrations?|retreats?|massacres?|raids?|skirmish(?:es)?|clash(?:es)?|incidents?|crisis|crises|negotiations?|missions?|embass(?:y|ies)|pacifications?|offensives?|defen[cs]es?|fall|capture|surrender|evacuation|settlement|founding|foundation|partition|withdrawal|border|frontier|dispute)\b/i
const CHINESE_EVENT_WORDS = /[战役征乱叛寇]|条约|起义|事件|事变|运动|谈判|会谈|签订|割让|收复|入侵|围攻|攻陷|屠杀|迁徙|东归|西迁|撤退|划界|勘界|交涉/

export function namesAnEvent(name: string): boolean {
  return ENGLISH_EVENT_WORDS.test(name) || CHINESE_EVENT_WORDS.test(name)
}
