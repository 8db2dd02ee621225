import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { defaultGuide } from 'virtual:support-finder/default-pack';
import manifest from 'virtual:support-finder/custom-elements-manifest';
import { defineElements } from '../src/define.js';
import { SupportFinder } from '../src/support-finder.js';
import { frame } from '../stories/frame.js';

// What src/index.ts does, done here by name: package.json's "sideEffects" lists only the built
// files, so the bundler drops a bare `import '../src/index.js'` and no element is ever defined.
SupportFinder.defaultGuide ??= defaultGuide;
defineElements();

// Docs pages and controls come from the elements' JSDoc, through the Custom Elements Manifest.
setCustomElementsManifest(manifest);

/**
 * The manifest lists each property twice: once as a property and once as its HTML attribute
 * (`headingLevel` and `heading-level`). Keep both rows in the docs, but give controls only to the
 * properties, which the stories set.
 */
const attributesWithoutControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      argType.table?.category === 'attributes' ? { ...argType, control: false } : argType,
    ]),
  );

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [frame],
  argTypesEnhancers: [attributesWithoutControls],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: { headingSelector: 'h2, h3' } },
  },
};

export default preview;
