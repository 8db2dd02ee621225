// Registers the widget for the demo pages. The element itself does the loading and the preview.
import '../src/index.js';
