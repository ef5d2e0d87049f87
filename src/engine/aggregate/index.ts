export { scoreTree } from './scoreTree';
export { combine, emptyFlat, addFlat } from './combine';
export type { CombineItem, CombineResult, CombineOwner, FlatRows } from './combine';
export { nodeName, ofNode } from './labels';
