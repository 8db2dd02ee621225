/**
 * Connects an element to the guide actor provided by <support-finder>: consumes it from context,
 * re-renders on every snapshot, and unsubscribes when the element leaves the page.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'xstate';
import { guideActorContext, type GuideActor } from './context.js';
import type { GuideEvent } from '../guide/guide-machine.js';
import type { GuideSnapshot } from '../guide/selectors.js';

export class ActorController implements ReactiveController {
  private subscription?: Subscription;
  private actor?: GuideActor;
  snapshot?: GuideSnapshot;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    new ContextConsumer(host, {
      context: guideActorContext,
      subscribe: true,
      callback: (actor) => this.attach(actor),
    });
  }

  private attach(actor: GuideActor | undefined): void {
    if (actor === this.actor) return;
    this.subscription?.unsubscribe();
    this.actor = actor;
    this.snapshot = actor?.getSnapshot();
    this.subscription = actor?.subscribe((snapshot) => {
      this.snapshot = snapshot;
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  send(event: GuideEvent): void {
    this.actor?.send(event);
  }

  hostConnected(): void {
    if (this.actor && !this.subscription) this.attach(this.actor);
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}
