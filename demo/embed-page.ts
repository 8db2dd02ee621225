// The iframe page's own script, from source (dist/embed/embed.js when built).
import '../src/embed/embed.js';
