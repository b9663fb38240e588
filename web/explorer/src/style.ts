/** how each label looks: colour and sigma node program (circle, or square, from @sigma/node-square, for places, meetings and articles) */
export const LABELS = {
  Official: { color: '#d1495b', type: 'circle', name: '官员 Official' },
  Town: { color: '#2e86ab', type: 'square', name: '地方 Town' },
  Industry: { color: '#edae49', type: 'circle', name: '产业 Industry' },
  Slogan: { color: '#66a182', type: 'circle', name: '口号 Slogan' },
  Meeting: { color: '#8d6a9f', type: 'square', name: '会议 Meeting' },
  Article: { color: '#8a8a8a', type: 'square', name: '文章 Article' },
} as const;
export type Label = keyof typeof LABELS;

export const EDGE_TYPES = {
  ATTENDED: { color: '#e07a5f', name: 'ATTENDED 出席/调研' },
  DIRECTED: { color: '#3d5a80', name: 'DIRECTED 指示' },
  MENTIONS: { color: '#81b29a', name: 'MENTIONS 提及' },
  CONTAINS: { color: '#bbbbbb', name: 'CONTAINS' },
  CO_ATTENDED: { color: '#f2cc8f', name: 'CO_ATTENDED 共同出席' },
} as const;
export type EdgeType = keyof typeof EDGE_TYPES;

export const isLabel = (value: string): value is Label => value in LABELS;
export const isEdgeType = (value: string): value is EdgeType => value in EDGE_TYPES;

/** a CJK font the machine has, before the generic fallback, so labels never draw as boxes */
export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
