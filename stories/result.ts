/** Drawing <sf-result-page> from the data at the end of a journey: shared by the result page and outcome stories. */
import { html } from 'lit';
import type { SfResultPage } from '../src/components/result-page/result-page.js';
import type { ResultData } from './data.js';

export type ResultArgs = Pick<
  SfResultPage,
  | 'guide'
  | 'recommendation'
  | 'contactGroups'
  | 'wellbeingGroups'
  | 'rows'
  | 'area'
  | 'headingLevel'
  | 'idPrefix'
  | 'locale'
>;

/** The args for the result at the end of one journey. */
export const resultArgs = (data: ResultData): Partial<ResultArgs> => ({
  recommendation: data.recommendation,
  contactGroups: data.contactGroups,
  wellbeingGroups: data.wellbeingGroups,
  rows: data.rows,
  area: data.area,
});

export const renderResult = (args: ResultArgs) => html`
  <sf-result-page
    .guide=${args.guide}
    .recommendation=${args.recommendation}
    .contactGroups=${args.contactGroups}
    .wellbeingGroups=${args.wellbeingGroups}
    .rows=${args.rows}
    .area=${args.area}
    .headingLevel=${args.headingLevel}
    .idPrefix=${args.idPrefix}
    .locale=${args.locale}
  ></sf-result-page>
`;
