/**
 * A deterministic corpus in the genre of data/corpus/, for benchmarks: leaders attending
 * delegation groups and inspecting towns, with directions, slogans and industries, drawn from
 * pools by a seeded PRNG so every run measures the same text.
 */
export function generateCorpus(count: number, seed = 20241): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const articles: string[] = [];
  for (let i = 0; i < count; i++) articles.push(random() < 0.6 ? groupReview(pick, i) : inspection(pick, i));
  return articles;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭', '林', '何', '高', '罗'];
const GIVEN = ['伟', '丽艳', '道寻', '文', '杰', '伟华', '晖', '继春', '微晰', '铭', '建国', '海燕', '志强', '秀英', '明', '静', '磊', '洋', '勇', '军'];
const TOWNS = ['巴城', '千灯', '周市', '陆家', '张浦', '周庄', '淀山湖', '锦溪', '玉山'];
const ZONES = ['昆山高新区', '花桥经济开发区', '昆山开发区'];
const SLOGANS = [
  '昆如意',
  '民生七有',
  '两篇文章',
  '双向赋能',
  '多点支撑',
  '物业城市',
  '建维一体化',
  '三全员三提升',
  '一统二产二进',
  '专精特新',
  '稳大、招强、育新',
  '以商招商、供应链招商',
  '组长+链主',
  '三大片区+三大街区+三大节点',
  '民生七优',
  '一网通办',
  '两个健康',
  '四敢精神',
];
const INDUSTRIES = ['一只蟹', '一粒米', '一串葡萄', '一朵花', '一片茶', '一条鱼'];
const TRACKS = ['人工智能', '新型显示', '生物医药', '新能源', '高端装备', '集成电路', '半导体'];
const POINTS = [
  '产业发展上要突出高质量、集聚新动能',
  '城市建设上要突出高标准、刷新新界面',
  '民生保障上要突出高品质、满足新期待',
  '基层治理上要突出高效能、打造新范式',
  '要抓机遇、谋发展,在壮大产业集群中汇聚强劲动能',
  '要惠民生、办实事,在增进百姓福祉中书写幸福答卷',
];

type Pick = <T>(items: readonly T[]) => T;

function name(pick: Pick): string {
  return pick(SURNAMES) + pick(GIVEN);
}

function bullets(pick: Pick, speaker: string): string {
  const lines = [];
  for (let k = 0; k < 3; k++) {
    lines.push(
      `● ${pick(POINTS)}。持续擦亮“${pick(SLOGANS)}”品牌,深化落实“${pick(SLOGANS)}”工作要求,做大做强“${pick(INDUSTRIES)}”“${pick(INDUSTRIES)}”等特色富民产业。`,
    );
  }
  return `${speaker}强调${lines.join('\n')}`;
}

function groupReview(pick: Pick, i: number): string {
  const [secretary, mayor, a, b, c] = [name(pick), name(pick), name(pick), name(pick), name(pick)];
  const [town, zone] = [pick(TOWNS), pick(ZONES)];
  const term = 15 + (i % 5);
  return [
    `${secretary}${mayor}分别参加市${term}届人大三次会议分组审议 ${i}`,
    `${1 + (i % 12)}月${1 + (i % 28)}日,出席昆山市第${term}届人民代表大会第三次会议的各代表团分组审议政府工作报告。` +
      `市人大代表、市委书记${secretary}来到第二代表团${zone}组、${town}组,与代表们一同审议。市领导${a}、${b}、${c}参加审议。`,
    `${zone}组讨论气氛热烈,代表们围绕“${pick(SLOGANS)}”“${pick(SLOGANS)}”等提出意见建议。`,
    `${secretary}在听取代表发言后指出,${zone}各项工作取得新成效。${bullets(pick, secretary)}`,
    `在${town}组,代表们就培育壮大“${pick(SLOGANS)}”企业等提出意见建议。`,
    `${secretary}指出,${town}要紧跟全市步伐。${bullets(pick, secretary)}`,
    `市人大代表、市委副书记、市长${mayor}来到第三代表团${pick(TOWNS)}组,与代表们一起认真审议政府工作报告。${bullets(pick, mayor)}`,
  ].join('\n');
}

function inspection(pick: Pick, i: number): string {
  const [leader, a] = [name(pick), name(pick)];
  const towns = [pick(TOWNS), pick(TOWNS)];
  return [
    `${leader}到${towns[0]}镇调研 ${i}`,
    `${1 + (i % 12)}月${1 + (i % 28)}日,市委书记${leader}来到${towns[0]}镇、${towns[1]}镇调研,市领导${a}参加调研。`,
    `${leader}指出,要聚焦${pick(TRACKS)}、${pick(TRACKS)}、${pick(TRACKS)}等赛道,推进“${pick(SLOGANS)}”。${bullets(pick, leader)}`,
  ].join('\n');
}

// a tiny seeded PRNG: Math.random cannot be seeded, and the corpus must be the same every run
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
