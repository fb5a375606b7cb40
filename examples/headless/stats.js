// Stands in for an analytics script: sets a cookie the core erases on withdrawal.
document.cookie = 'demo_stats=1; path=/; max-age=3600';
document.getElementById('stats-status').textContent = 'running (cookie demo_stats set)';
