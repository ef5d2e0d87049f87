/**
 * Scores the whole performance tree in one post-order pass: actions by their method, then every
 * objective and perspective by its level's rule, and the ente figure; each figure both with and
 * without overrides. Linear in the number of nodes. Never throws.
 */
import Decimal from 'decimal.js';
import { bandOf, levelStatus } from '../status';
import type { EngineDiagnostic, PerformanceNode, PerformanceTree, Profile, ScoreResult, ScoredNode, ValueContext } from '../types';
import { scoreAction } from '../scoring/scoreAction';
import { describeError } from '../scoring/diagnostics';
import { addFlat, combine, emptyFlat, type CombineItem, type FlatRows } from './combine';
import { nodeName, ofNode, shortRef } from './labels';

const HUNDRED = new Decimal(100);

interface Walk {
  scored: ScoredNode;
  flat: FlatRows;
  neutralised: boolean;
}

interface State {
  profile: Profile;
  ctx: ValueContext;
  diagnostics: EngineDiagnostic[];
  strategic: ScoredNode[];
  perspectives: ScoredNode[];
}

function scoreActionNode(node: PerformanceNode, state: State): Walk {
  const flat = emptyFlat();
  const spec = node.action;
  if (!spec) {
    state.diagnostics.push({ severity: 'error', code: 'missing-action-data', message: `l'${nodeName(node)} non ha target né risultato`, nodeId: node.id });
    flat.missing = 1;
    flat.missingRefs.push(shortRef(node));
    return { scored: makeScored(node, null, null, null, null, 'non-misurato', null, false), flat, neutralised: false };
  }
  const r = scoreAction(spec, state.profile, state.ctx);
  for (const d of r.diagnostics) state.diagnostics.push({ ...d, nodeId: node.id });
  const neutralised = spec.neutralised === true;
  if (!neutralised) {
    if (r.achievement !== null) {
      flat.sum = r.achievement;
      flat.count = 1;
    } else {
      flat.missing = 1;
      flat.missingRefs.push(shortRef(node));
    }
    if (r.formulaAchievement !== null) {
      flat.sumF = r.formulaAchievement;
      flat.countF = 1;
    }
  }
  const status = levelStatus('action', { achievement: r.achievement, neutralised }, state.profile);
  const band = neutralised ? null : bandOf(r.achievement, state.profile.bands);
  const scored = makeScored(node, r.achievement, r.formulaAchievement, null, null, status, band, r.overridden);
  if (r.direction) scored.direction = r.direction;
  return { scored, flat, neutralised };
}

function makeScored(
  node: PerformanceNode,
  achievement: Decimal | null,
  formulaAchievement: Decimal | null,
  targetAchievement: Decimal | null,
  targetAchievementWithoutOverrides: Decimal | null,
  status: ScoredNode['status'],
  band: string | null,
  overridden: boolean,
): ScoredNode {
  return {
    node,
    achievement,
    formulaAchievement,
    targetAchievement,
    targetAchievementWithoutOverrides,
    effectiveWeight: null,
    status,
    band,
    overridden,
    children: [],
  };
}

/** The figure of a child that feeds its parent (RP 2020 §3.4: perspectives take the strategic result). */
function feedFigure(child: ScoredNode, parent: PerformanceNode, profile: Profile, withOverrides: boolean): Decimal | null {
  const a = withOverrides ? child.achievement : child.formulaAchievement;
  if (child.node.level === 'strategic' && parent.level === 'perspective' && profile.aggregation.perspectiveFrom === 'targetAchievement') {
    const t = withOverrides ? child.targetAchievement : child.targetAchievementWithoutOverrides;
    return t ?? a;
  }
  return a;
}

function ruleOf(node: PerformanceNode, profile: Profile) {
  const a = profile.aggregation;
  if (node.level === 'operational') return a.operational;
  if (node.level === 'strategic') return a.strategic;
  return a.perspective;
}

/** Own target of a node: a strategic objective's, else the profile's default (RP 2020 L65-74: 80 %, 100 %). */
function targetOf(node: PerformanceNode, state: State): Decimal | null {
  const t = node.target ?? (node.level === 'strategic' && state.profile.defaultStrategicTarget !== null ? new Decimal(state.profile.defaultStrategicTarget) : undefined);
  if (t === undefined || t === null) return null;
  if (!Decimal.isDecimal(t) || !t.isFinite() || !t.gt(0)) {
    state.diagnostics.push({ severity: 'error', code: 'bad-node-target', message: `il target ${ofNode(node)} deve essere una percentuale maggiore di 0`, nodeId: node.id, field: 'target' });
    return null;
  }
  return t;
}

function capToTarget(a: Decimal | null, target: Decimal | null): Decimal | null {
  if (a === null || target === null) return null;
  return Decimal.min(HUNDRED, a.div(target).times(HUNDRED));
}

function scoreNode(node: PerformanceNode, state: State): Walk {
  if (node.level === 'action') return scoreActionNode(node, state);
  const profile = state.profile;
  const flat = emptyFlat();
  const walks: Walk[] = [];
  for (const child of node.children) {
    const w = scoreNode(child, state);
    walks.push(w);
    addFlat(flat, w.flat);
  }
  const children = walks.map((w) => w.scored);
  let achievement: Decimal | null = null;
  let formula: Decimal | null = null;
  let allNeutralised = false;
  if (walks.length === 0) {
    state.diagnostics.push({ severity: 'warning', code: 'no-children', message: `l'${nodeName(node)} non contiene voci da calcolare`, nodeId: node.id });
  } else {
    const items: CombineItem[] = walks.map((w) => ({
      node: w.scored.node,
      weight: w.scored.node.weight,
      value: feedFigure(w.scored, node, profile, true),
      valueF: feedFigure(w.scored, node, profile, false),
      neutralised: w.neutralised,
    }));
    const c = combine(ruleOf(node, profile), items, flat, { name: nodeName(node), of: ofNode(node), nodeId: node.id }, state.diagnostics);
    achievement = c.value;
    formula = c.valueF;
    allNeutralised = c.allNeutralised;
    c.effectiveWeights.forEach((ew, i) => (children[i].effectiveWeight = ew));
  }
  const target = targetOf(node, state);
  const targetAchievement = capToTarget(achievement, target);
  const targetAchievementF = capToTarget(formula, target);
  const status = levelStatus(node.level, { achievement, targetAchievement: target ? targetAchievement : undefined, neutralised: allNeutralised }, profile);
  const band = allNeutralised ? null : bandOf(targetAchievement ?? achievement, profile.bands);
  const overridden = children.some((c) => c.overridden);
  const scored = makeScored(node, achievement, formula, targetAchievement, targetAchievementF, status, band, overridden);
  scored.children = children;
  if (node.level === 'strategic') state.strategic.push(scored);
  else if (node.level === 'perspective') state.perspectives.push(scored);
  return { scored, flat, neutralised: allNeutralised };
}

/** The figure of a unit of the ente (a strategic objective or a perspective). */
function organisationFigure(unit: ScoredNode, profile: Profile, withOverrides: boolean): Decimal | null {
  const a = withOverrides ? unit.achievement : unit.formulaAchievement;
  if (unit.node.level === 'strategic' && profile.aggregation.organisationFigure === 'targetAchievement') {
    const t = withOverrides ? unit.targetAchievement : unit.targetAchievementWithoutOverrides;
    return t ?? a;
  }
  return a;
}

/** Scores every node of the tree and the ente figure. */
export function scoreTree(tree: PerformanceTree, profile: Profile, ctx: ValueContext): ScoreResult {
  const state: State = { profile, ctx, diagnostics: [], strategic: [], perspectives: [] };
  try {
    const rootWalks = (tree.roots ?? []).map((r) => scoreNode(r, state));
    const roots = rootWalks.map((w) => w.scored);
    const flat = emptyFlat();
    for (const w of rootWalks) addFlat(flat, w.flat);

    // RP 2020 L63: the ente is the mean of the strategic % raggiungimento; RP 2018: of the strategic results;
    // Pavia: of the perspectives. Without perspectives, the strategic objectives stand in; without either, the roots.
    const agg = profile.aggregation;
    let units: ScoredNode[] = agg.organisationFrom === 'perspective' && state.perspectives.length > 0 ? state.perspectives : state.strategic;
    if (units.length === 0) units = roots;
    const items: CombineItem[] = units.map((u) => ({
      node: u.node,
      weight: u.node.weight,
      value: organisationFigure(u, profile, true),
      valueF: organisationFigure(u, profile, false),
      neutralised: u.status === 'neutralizzato',
    }));
    let achievement: Decimal | null = null;
    let achievementF: Decimal | null = null;
    if (items.length > 0) {
      const c = combine(agg.organisation, items, flat, { name: 'performance di ente', of: 'della performance di ente' }, state.diagnostics);
      achievement = c.value;
      achievementF = c.valueF;
      // weights relative to the ente only where the units are the roots (else they are relative to their parent)
      const rootSet = new Set(roots);
      if (units.every((u) => rootSet.has(u))) c.effectiveWeights.forEach((ew, i) => (units[i].effectiveWeight = ew));
    }
    return {
      roots,
      organisation: {
        achievement,
        achievementWithoutOverrides: achievementF,
        band: bandOf(achievement, profile.bands),
        status: levelStatus('organisation', { achievement }, profile),
      },
      diagnostics: state.diagnostics,
    };
  } catch (e) {
    state.diagnostics.push({ severity: 'error', code: 'internal-error', message: `errore interno nel calcolo del cruscotto: ${describeError(e)}` });
    return {
      roots: [],
      organisation: { achievement: null, achievementWithoutOverrides: null, band: null, status: 'non-misurato' },
      diagnostics: state.diagnostics,
    };
  }
}
