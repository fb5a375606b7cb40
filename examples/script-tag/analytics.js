// A stand-in for a statistics script (it sends nothing anywhere). The page loads it only once
// "Prestatiecookies" are granted: see the <script type="text/plain" data-consent="performance">.
(function () {
  document.cookie = '_example_stats=' + Date.now().toString(36) + '; path=/; max-age=31536000; samesite=lax';
  document.documentElement.setAttribute('data-analytics', 'loaded');
  var status = document.getElementById('analytics-status');
  if (status) status.textContent = 'Statistieken: geladen (cookie _example_stats gezet).';
  console.info('[example analytics] page view recorded locally');
})();
