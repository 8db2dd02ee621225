// The optional parent-side resizer, from source (dist/embed/parent.js when built).
import '../src/embed/parent.js';
