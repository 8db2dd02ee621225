/**
 * Lets an element send to the guide actor that <support-finder> provides through context. The
 * request for the actor crosses shadow roots (context events are composed); nothing else does.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { guideActorContext } from './context.js';
import type { GuideEvent } from '../guide/guide-machine.js';

export class Sender {
  private readonly consumer: ContextConsumer<typeof guideActorContext, ReactiveControllerHost & HTMLElement>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.consumer = new ContextConsumer(host, { context: guideActorContext, subscribe: true });
  }

  send(event: GuideEvent): void {
    this.consumer.value?.send(event);
  }
}
