/**
 * Simulated LoyaltyLion: a points balance and a tier per customer. The loyalty
 * program's tiers and rewards live in the sandbox ("tiers", "rewards") and are
 * seeded with defaults the first time they are needed: tiers Bronze, Silver
 * and Gold; rewards at 500 and 1500 points.
 *
 * LoyaltyLion notifies Flow: when added points carry a balance across a
 * reward's cost it fires "Customer has enough points for a reward", and a tier
 * change fires "moved up a tier" or "moved down a tier". Those triggers need the
 * customer's e-mail; it comes from the account (remembered from an earlier
 * trigger) or the current trigger, and without it Flow is not notified (the
 * history says so).
 */
import type { ActionCall, ActionHandler, AppAdapter, EmittedEvent } from '../types';
import { optionalText, reject, requiredNumber, requiredResourceId, requiredText, triggerEmail } from './adapterHelpers';

export const LOYALTYLION_TRIGGERS = {
  canClaimReward: 'customer-can-claim-reward',
  movedUpTier: 'customer-moved-up-tier',
  movedDownTier: 'customer-moved-down-tier',
} as const;

interface Tier {
  name: string;
  position: number;
}

interface Reward {
  name: string;
  cost: number;
}

const DEFAULT_TIERS = [
  { id: 'bronze', name: 'Bronze', position: 1, minPoints: 0 },
  { id: 'silver', name: 'Silver', position: 2, minPoints: 500 },
  { id: 'gold', name: 'Gold', position: 3, minPoints: 1500 },
];

const DEFAULT_REWARDS = [
  { id: 'reward-500', name: '10% off your next order', cost: 500 },
  { id: 'reward-1500', name: 'Free product of your choice', cost: 1500 },
];

const MAX_POINTS_AT_ONCE = 1_000_000;

/** The program's tiers, lowest first; seeds the defaults when there are none. */
export function loyaltyTiers(call: ActionCall): Tier[] {
  if (call.sandbox.count('tiers') === 0) {
    for (const { id, ...tier } of DEFAULT_TIERS) call.sandbox.upsert('tiers', id, tier);
  }
  return call.sandbox
    .list('tiers')
    .flatMap((t) => (typeof t.name === 'string' ? [{ name: t.name, position: Number(t.position) || 0 }] : []))
    .sort((a, b) => a.position - b.position);
}

function rewards(call: ActionCall): Reward[] {
  if (call.sandbox.count('rewards') === 0) {
    for (const { id, ...reward } of DEFAULT_REWARDS) call.sandbox.upsert('rewards', id, reward);
  }
  return call.sandbox
    .list('rewards')
    .flatMap((r) => (typeof r.name === 'string' && typeof r.cost === 'number' && r.cost > 0 ? [{ name: r.name, cost: r.cost }] : []))
    .sort((a, b) => a.cost - b.cost);
}

interface Account {
  customerId: string;
  email: string | undefined;
  pointsBalance: number;
  tierName: string;
}

/** The customer's account, or a new one in the lowest tier with no points (not saved yet). */
function account(call: ActionCall, customerId: string, tiers: readonly Tier[]): Account {
  const found = call.sandbox.get('accounts', customerId);
  const storedEmail = typeof found?.email === 'string' && found.email !== '' ? found.email : undefined;
  return {
    customerId,
    email: storedEmail ?? triggerEmail(call, customerId),
    pointsBalance: typeof found?.pointsBalance === 'number' ? found.pointsBalance : 0,
    tierName: typeof found?.tierName === 'string' ? found.tierName : (tiers[0]?.name ?? ''),
  };
}

function saveAccount(call: ActionCall, acc: Account): void {
  call.sandbox.upsert('accounts', acc.customerId, {
    customerId: acc.customerId,
    email: acc.email ?? '',
    pointsBalance: acc.pointsBalance,
    tierName: acc.tierName,
    updatedAt: call.now,
  });
}

const addPoints: ActionHandler = (call) => {
  const customerId = requiredResourceId(call.fields, 'customer_id', 'the customer ID');
  const points = requiredNumber(call.fields, 'points', 'the points');
  if (!Number.isInteger(points) || points <= 0) {
    reject(`the points must be a positive whole number, not ${points}`);
  }
  if (points > MAX_POINTS_AT_ONCE) reject(`${points} points is more than the ${MAX_POINTS_AT_ONCE} that can be added at once`);

  const tiers = loyaltyTiers(call);
  const acc = account(call, customerId, tiers);
  const before = acc.pointsBalance;
  acc.pointsBalance = before + points;
  saveAccount(call, acc);

  const reached = rewards(call).filter((r) => before < r.cost && r.cost <= acc.pointsBalance);
  const emits: EmittedEvent[] =
    acc.email === undefined
      ? []
      : reached.map((r) => ({
          app: 'loyaltylion',
          trigger: LOYALTYLION_TRIGGERS.canClaimReward,
          payload: {
            customer_id: customerId,
            customer_email: acc.email,
            points_balance: acc.pointsBalance,
            reward_name: r.name,
            reward_cost: r.cost,
          },
        }));
  call.sandbox.insert('points-history', {
    customerId,
    points,
    reason: optionalText(call.fields, 'reason') ?? 'Added by a Flow workflow',
    balanceAfter: acc.pointsBalance,
    rewardsReached: reached.map((r) => r.name),
    flowNotified: emits.length > 0 ? true : reached.length > 0 ? 'no: the customer e-mail is unknown' : '',
    at: call.now,
  });
  return { output: { points_balance: acc.pointsBalance }, emits };
};

const changeTier: ActionHandler = (call) => {
  const customerId = requiredResourceId(call.fields, 'customer_id', 'the customer ID');
  const wanted = requiredText(call.fields, 'tier_name', 'the tier name');
  const tiers = loyaltyTiers(call);
  const target = tiers.find((t) => t.name.toLowerCase() === wanted.toLowerCase());
  if (!target) {
    reject(`there is no tier "${wanted}" in the loyalty program; its tiers are ${tiers.map((t) => t.name).join(', ')}`);
  }
  const acc = account(call, customerId, tiers);
  const previous = tiers.find((t) => t.name.toLowerCase() === acc.tierName.toLowerCase());
  const previousName = previous?.name ?? acc.tierName;
  acc.tierName = target.name;
  saveAccount(call, acc);

  const direction =
    previous === undefined || target.position > previous.position
      ? 'up'
      : target.position < previous.position
        ? 'down'
        : 'unchanged';
  const emits: EmittedEvent[] =
    direction === 'unchanged' || acc.email === undefined
      ? []
      : [
          {
            app: 'loyaltylion',
            trigger: direction === 'up' ? LOYALTYLION_TRIGGERS.movedUpTier : LOYALTYLION_TRIGGERS.movedDownTier,
            payload: {
              customer_id: customerId,
              customer_email: acc.email,
              previous_tier_name: previousName,
              new_tier_name: target.name,
              points_balance: acc.pointsBalance,
            },
          },
        ];
  call.sandbox.insert('tier-changes', {
    customerId,
    from: previousName,
    to: target.name,
    direction,
    flowNotified: emits.length > 0 ? true : direction === 'unchanged' ? '' : 'no: the customer e-mail is unknown',
    at: call.now,
  });
  return { emits };
};

export const loyaltylionAdapter: AppAdapter = {
  appId: 'loyaltylion',
  actions: { 'add-points': addPoints, 'change-tier': changeTier },
  collections: {
    accounts: 'Loyalty accounts',
    'points-history': 'Points history',
    'tier-changes': 'Tier changes',
    tiers: 'Tiers',
    rewards: 'Rewards',
  },
};
