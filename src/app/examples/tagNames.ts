/**
 * Tags are plain keywords in a blueprint file, usually English. The examples' tags have a
 * Chinese name here so that the example list reads in one language (docs/glossary.md);
 * a tag not listed is shown as written.
 */
const CHINESE_TAG_NAMES: Readonly<Record<string, string>> = {
  bank: '银行',
  deposit: '存款',
  counter: '柜台',
  teller: '柜员',
  VIP: '贵宾',
  'missed tickets': '过号',
  greeter: '大堂引导',
  ATM: '自助设备',
  'self-service': '自助服务',
  redesign: '流程再设计',
  loan: '贷款',
  'personal loan': '个人贷款',
  underwriting: '审批',
  rework: '返工',
  'steady state': '稳态',
  securities: '证券',
  'margin financing': '融资',
  'securities lending': '融券',
  'account opening': '开户',
  suitability: '适当性',
  segmentation: '客户分层',
  'financial intermediary': '金融中介',
  reception: '接待',
  appointments: '预约',
  'walk-in': '未预约到访',
  consultation: '咨询',
  'complaint handling': '投诉处理',
};

/** The tag in the UI's language when it has a name there, else as written. */
export function tagName(tag: string, language: string): string {
  if (language.toLowerCase().startsWith('zh')) return CHINESE_TAG_NAMES[tag] ?? tag;
  return tag;
}
