/*
 * Test stand-in for the part of Jira's dashboard that builds a dashboard item, for the screenshot run only: an AMD
 * define() that keeps each module, then for every [data-dashboard-item] element the module's instance with a
 * dashboard API that does nothing but set the title, called with render (data-view="view") or renderEdit
 * ("edit") and the preferences in data-preferences. Loaded before the module's own script.
 */
(function () {
    'use strict';
    var modules = {};
    window.define = function (name, dependencies, factory) {
        modules[name] = factory.apply(null, dependencies.map(function (dependency) {
            return dependency === 'jquery' ? window.jQuery : undefined;
        }));
    };
    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-dashboard-item]').forEach(function (place) {
            var Item = modules[place.getAttribute('data-dashboard-item')];
            var frame = place.closest('.dashboard-item-frame');
            var api = {
                isEditable: function () { return place.getAttribute('data-editable') === 'true'; },
                showLoadingBar: function () {},
                hideLoadingBar: function () {},
                resize: function () {},
                savePreferences: function () {},
                setTitle: function (title) { frame.querySelector('.dashboard-item-title').textContent = title; }
            };
            var item = new Item(api, {});
            var preferences = JSON.parse(place.getAttribute('data-preferences') || '{}');
            if (place.getAttribute('data-view') === 'edit') {
                item.renderEdit(window.jQuery(place), preferences);
            } else {
                item.render(window.jQuery(place), preferences);
            }
        });
    });
}());
