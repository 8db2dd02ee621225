/**
 * The single file's last pass (vite.config.ts `minifyTemplates`): what it takes out of the
 * minified code must leave code that means the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../vite.config.js';

/** The code of one chunk after the plugin's generateBundle. */
function finish(code: string): string {
  const bundle = { 'x.js': { type: 'chunk' as const, code } };
  const hook = minifyTemplates().generateBundle as unknown as (this: unknown, o: unknown, b: typeof bundle) => void;
  hook.call({}, {}, bundle);
  return bundle['x.js'].code;
}

test('drops the minifier annotations, keeping a space where two words would join', () => {
  assert.equal(finish('r=/* @__PURE__ */ new WeakMap'), 'r=new WeakMap');
  assert.equal(finish('{return/* @__PURE__ */ mn(e.value)}'), '{return mn(e.value)}');
  assert.equal(finish('typeof/*#__PURE__*/ f()'), 'typeof f()');
  assert.equal(finish('return/*#__PURE__*/(x)'), 'return(x)');
  assert.equal(finish('[a,/* @__PURE__ */ f()]'), '[a,f()]');
  // What is left is still the same program.
  const code = finish('const f=()=>1;function g(){return/* @__PURE__ */ f()}g();');
  assert.equal(new Function(`${code}return g();`)(), 1);
});

test('turns a line break and indentation left inside a template into one space', () => {
  assert.equal(finish('x=`<p>\n    a</p>`'), 'x=`<p> a</p>`');
});
