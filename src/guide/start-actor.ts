/**
 * Starting and stopping an xstate actor so that a host page cannot make either throw.
 *
 * xstate keeps its timers in a plain object and walks it with `for...in`, which also visits
 * every enumerable property a host script has added to `Object.prototype` (some older
 * libraries do): starting, and later stopping, then throws a TypeError into the page. The
 * table is given no prototype before and after starting, so only xstate's own entries are
 * walked; and if starting still fails, the caller gets `false` and takes its failure route.
 */
import type { AnyActorRef } from 'xstate';

interface SystemWithTimers {
  _snapshot?: { _scheduledEvents?: Record<string, unknown> };
}

function timersWithoutPrototype(actor: AnyActorRef): void {
  const snapshot = (actor.system as unknown as SystemWithTimers | undefined)?._snapshot;
  if (snapshot?._scheduledEvents && Object.getPrototypeOf(snapshot._scheduledEvents) !== null)
    snapshot._scheduledEvents = Object.assign(
      Object.create(null) as Record<string, unknown>,
      snapshot._scheduledEvents,
    );
}

/** Starts the actor; false if it could not be started (it is then stopped again). */
export function startActor(actor: AnyActorRef): boolean {
  try {
    timersWithoutPrototype(actor);
    actor.start();
    timersWithoutPrototype(actor);
    return true;
  } catch {
    stopActor(actor);
    return false;
  }
}

/** Stops the actor, whatever state it is in; never throws. */
export function stopActor(actor: AnyActorRef): void {
  try {
    timersWithoutPrototype(actor);
    actor.stop();
  } catch {
    // Nothing more to stop: the actor never started or has already gone.
  }
}
