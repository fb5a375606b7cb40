// Stands in for Google's gtag.js: notes that it loaded, and what dataLayer held at that moment.
window.gtagStandIn = { loadedWith: Array.from(window.dataLayer || [], (entry) => Array.from(entry)) };
