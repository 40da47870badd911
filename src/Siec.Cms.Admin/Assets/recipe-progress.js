// Follows a recipe job running on the server: the bar and the line of text every second, then the report.
(() => {
  const box = document.querySelector('[data-recipe-job]');
  if (!box) return;
  const bar = box.querySelector('progress');
  const text = box.querySelector('.job-status');
  const number = n => n.toLocaleString('pl-PL');
  const tick = async () => {
    try {
      const response = await fetch(box.dataset.recipeJob, { headers: { Accept: 'application/json' } });
      if (!response.ok) { setTimeout(tick, 3000); return; }
      const job = await response.json();
      if (job.finished) { location.reload(); return; }
      bar.max = Math.max(job.total, 1);
      bar.value = job.done;
      let line = `${number(job.done)} z ${number(job.total)} pozycji`;
      if (job.rate) {
        line += `, ${number(Math.round(job.rate))} na sekundę`;
        if (job.total > job.done) line += `, zostało ok. ${number(Math.ceil((job.total - job.done) / job.rate))} s`;
      }
      text.textContent = line + '.';
    } catch {
      // The server may be restarting: keep asking, more slowly.
      setTimeout(tick, 3000);
      return;
    }
    setTimeout(tick, 1000);
  };
  setTimeout(tick, 1000);
})();
