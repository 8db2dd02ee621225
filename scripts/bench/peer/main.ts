/**
 * The peer page's script: the SurveyJS Form Library (survey-core + survey-js-ui, with its default
 * theme) rendering the default content pack converted by to-surveyjs.ts. Built by run.ts with
 * Vite into one self-contained file, as dist/support-finder.js is.
 *
 * The theme is the default one without its web font (the "fontless" build): the font would be
 * fetched from Google, and Support Finder ships no font either. Question titles are made h2
 * headings (SurveyJS renders a div by default), as Support Finder's are.
 */
import { Model, settings } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import theme from 'survey-core/survey-core.fontless.min.css?inline';
import json from 'virtual:bench-survey';

settings.titleTags.question = 'h2';
const style = document.createElement('style');
style.textContent = theme;
document.head.append(style);
renderSurvey(new Model(json), document.getElementById('survey')!);
