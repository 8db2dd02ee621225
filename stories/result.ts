/** Drawing <sf-result-page> from the end of a journey: shared by the result page and outcome stories. */
import { html } from 'lit';
import type { SfResultPage } from '../src/components/result-page/result-page.js';
import type { GuideActor } from '../src/components/context.js';
import { inActor, type Journey } from './data.js';

export type ResultArgs = Pick<SfResultPage, 'view' | 'headingLevel' | 'idPrefix'> & { actor?: GuideActor };

/** The args for the result at the end of one journey. */
export const resultArgs = (data: Journey): Partial<ResultArgs> => ({ view: data.view, actor: data.actor });

export const renderResult = (args: ResultArgs) =>
  inActor(
    args.actor,
    html`<sf-result-page
      .view=${args.view}
      .headingLevel=${args.headingLevel}
      .idPrefix=${args.idPrefix}
    ></sf-result-page>`,
  );
