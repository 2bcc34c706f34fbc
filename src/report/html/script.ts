/**
 * The page's inline script: change-class filters. It only toggles classes and sets textContent on
 * counters; it never parses or inserts markup, so document text cannot become live HTML.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.getAttribute('data-filter')] = b.checked; });
    var visible = 0;
    var rows = document.querySelectorAll('tr[data-change]');
    Array.prototype.forEach.call(document.querySelectorAll('[data-change]'), function (el) {
      el.classList.toggle('is-hidden', !on[el.getAttribute('data-change')]);
    });
    Array.prototype.forEach.call(rows, function (r) { if (!r.classList.contains('is-hidden')) visible++; });
    Array.prototype.forEach.call(document.querySelectorAll('[data-visible-count]'), function (el) {
      el.textContent = visible + ' / ' + rows.length;
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  // headings reached from the table of contents stop below the sticky filter bar, whatever its height
  var bar = document.querySelector('.toolbar');
  function measure() {
    if (bar) document.documentElement.style.setProperty('--toolbar-height', bar.getBoundingClientRect().height + 'px');
  }
  window.addEventListener('resize', measure);
  measure();
  Array.prototype.forEach.call(document.querySelectorAll('button[data-only]'), function (btn) {
    btn.addEventListener('click', function () {
      var only = btn.getAttribute('data-only');
      boxes.forEach(function (b) { b.checked = b.getAttribute('data-filter') === only; });
      apply();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('button[data-show-all]'), function (btn) {
    btn.addEventListener('click', function () {
      boxes.forEach(function (b) { b.checked = true; });
      apply();
    });
  });
  apply();
})();
`;
