/**
 * Which engine slot each level of a sheet takes. Sheets name their levels their own way (Area
 * strategica / Programma / Progetto / Attività, Obiettivo / Indicatore); the engine has five slots,
 * perspective, strategic, operational, leafGroup and action, where 'action' is the scored leaf (the row
 * with target and result: glossary, "indicatore (as a row)") and 'leafGroup' the level right above it on
 * five-level sheets (Linea di mandato / Ob. strategico / Ob. operativo / Azione / Indicatore).
 *
 * Rules:
 * - the lowest level (rightmost block) holding the sheet's last target (or result) is the scored one,
 *   slot 'action', when its word may be scored (Azione, Attività, Fase, Indicatore);
 * - "Indicatore" is also the KPI column's word: it is a level where it heads columns of its own (a group
 *   header), or where it is the lowest named thing before the target and the level above it cannot be
 *   scored (Obiettivo operativo | Indicatore | Target: the indicators are the scored rows);
 * - a word with one slot takes it wherever it sits (Prospettiva, Obiettivo strategico, Obiettivo
 *   operativo), so blocks may come in any order;
 * - a word that may take two slots (Area strategica, Programma, Progetto, Attività) takes a free one,
 *   its usual slot if free, and the sheet's order decides between the candidates (top to bottom =
 *   left to right): Area strategica / Programma / Progetto / Attività is perspective / strategic /
 *   operational / action;
 * - a word that may be scored (Azione, Attività, Fase) may also take 'leafGroup' when it sits above the
 *   scored level and the upper slots are taken: Azione over Indicatore on a five-level sheet. Its usual
 *   slot still comes first, so a four-level sheet never uses it.
 */
import type { Level } from '../../engine/types';
import { LEVEL_WORDS } from './vocabulary';

/** A level word as it occurs on the sheet. */
export interface TierUse {
  name: string;
  /** first column where it occurs */
  start: number;
  /** "Indicatore" as a plain column header: a level only when nothing else can be scored */
  latent: boolean;
}

export interface SlotResolution {
  /** slot of each level word; null = the sheet has more levels than the engine */
  slots: Map<string, Level | null>;
  /** the latent "Indicatore" taken as the scored level, if any */
  promoted: string | null;
}

const ORDER: Level[] = ['perspective', 'strategic', 'operational', 'leafGroup', 'action'];
const UPPER: Level[] = ['perspective', 'strategic', 'operational', 'leafGroup'];
const NOT_ALLOWED = 10;
const DROPPED = 20;
const ORDER_BREAK = 2;

const slotsByName = new Map<string, Level[]>();
for (const w of LEVEL_WORDS) if (!w.own && !slotsByName.has(w.name)) slotsByName.set(w.name, w.slots);

function allowed(name: string): Level[] {
  const slots = slotsByName.get(name) ?? [];
  // a word that may be scored may group the scored rows (Azione over Indicatore)
  return slots.includes('action') ? [...slots, 'leafGroup'] : slots;
}

function cost(name: string, slot: Level): number {
  const slots = allowed(name);
  const preferred = slots.length > 0 ? ORDER.indexOf(slots[0]) : ORDER.indexOf(slot);
  return Math.abs(ORDER.indexOf(slot) - preferred) + (slots.includes(slot) ? 0 : NOT_ALLOWED);
}

interface Placed {
  use: TierUse;
  slot: Level;
}

/** Slot at which `use`, put at `slot`, breaks the sheet's order with the placed levels. */
function orderBreaks(use: TierUse, slot: Level, placed: Placed[]): number {
  let n = 0;
  for (const p of placed) if (use.start < p.use.start !== ORDER.indexOf(slot) < ORDER.indexOf(p.slot)) n++;
  return n;
}

/** Best assignment of the ambiguous levels to the free upper slots, keeping their order (or dropping some). */
function assignFree(uses: TierUse[], free: Level[], placed: Placed[]): (Level | null)[] {
  let best: (Level | null)[] = uses.map(() => null);
  let bestCost = Infinity;
  const current: (Level | null)[] = [];
  const walk = (i: number, next: number, total: number): void => {
    if (total >= bestCost) return;
    if (i === uses.length) {
      best = [...current];
      bestCost = total;
      return;
    }
    for (let s = next; s < free.length; s++) {
      current.push(free[s]);
      walk(i + 1, s + 1, total + cost(uses[i].name, free[s]) + ORDER_BREAK * orderBreaks(uses[i], free[s], placed));
      current.pop();
    }
    current.push(null);
    walk(i + 1, next, total + DROPPED);
    current.pop();
  };
  walk(0, 0, 0);
  return best;
}

/**
 * Slots of the level words of a sheet. `lastMeasure` is the column of the sheet's last target (or
 * result, when it has no target): the level it sits in is the scored one.
 */
export function resolveLevelSlots(uses: TierUse[], lastMeasure: number | null): SlotResolution {
  const firsts = new Map<string, TierUse>();
  for (const u of [...uses].sort((a, b) => a.start - b.start)) {
    const seen = firsts.get(u.name);
    // a level named as a header somewhere is not latent anywhere
    if (!seen) firsts.set(u.name, { ...u });
    else if (!u.latent) seen.latent = false;
  }
  const ordered = [...firsts.values()].sort((a, b) => a.start - b.start);
  const named = ordered.filter((u) => !u.latent);
  const before = (u: TierUse) => lastMeasure === null || u.start <= lastMeasure;
  const scorable = (u: TierUse) => allowed(u.name).includes('action');

  const last = [...named].reverse().find(before) ?? null;
  let leaf = last && scorable(last) ? last : null;
  let promoted: string | null = null;
  const latent = [...ordered].reverse().find((u) => u.latent && before(u) && (!last || u.start > last.start));
  if (latent && !leaf) {
    leaf = latent;
    promoted = latent.name;
  }

  const slots = new Map<string, Level | null>();
  const placed: Placed[] = [];
  if (leaf) {
    slots.set(leaf.name, 'action');
    placed.push({ use: leaf, slot: 'action' });
  }
  const ambiguous: TierUse[] = [];
  for (const u of named) {
    if (u === leaf) continue;
    const only = allowed(u.name);
    if (only.length === 1 && !placed.some((p) => p.slot === only[0])) {
      slots.set(u.name, only[0]);
      placed.push({ use: u, slot: only[0] });
    } else ambiguous.push(u);
  }
  const taken = new Set(placed.map((p) => p.slot));
  const free = UPPER.filter((l) => !taken.has(l));
  const assigned = assignFree(ambiguous, free, placed);
  ambiguous.forEach((u, i) => slots.set(u.name, assigned[i]));
  return { slots, promoted };
}
