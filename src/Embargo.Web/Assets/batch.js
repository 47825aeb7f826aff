// Live progress of a batch job: polls the page's JSON handler and updates the progress bar and the counts;
// when the job ends, reloads the page for the summary and the download link. Without JavaScript the page refreshes itself.
(function () {
  "use strict";
  var section = document.getElementById("job");
  if (!section || !section.dataset.progressUrl) return;
  var url = section.dataset.progressUrl;
  var bar = document.getElementById("job-progress");
  var number = new Intl.NumberFormat("en");
  function set(name, text) {
    var element = section.querySelector('[data-field="' + name + '"]');
    if (element) element.textContent = text;
  }
  function update(job) {
    var fraction = job.progress == null ? 0 : job.progress;
    bar.value = fraction;
    bar.textContent = Math.round(fraction * 100) + "%";
    set("percent", Math.round(fraction * 100));
    set("status", job.status);
    set("records", number.format(job.records));
    set("with_matches", number.format(job.with_matches));
    set("errors", number.format(job.errors));
    set("records_per_second", number.format(Math.round(job.records_per_second)));
    set("seconds_remaining", job.seconds_remaining == null ? "…" : number.format(Math.round(job.seconds_remaining)));
  }
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" }, cache: "no-store" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (job) {
        update(job);
        if (job.finished_at) window.location.reload();
        else window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 500);
})();
