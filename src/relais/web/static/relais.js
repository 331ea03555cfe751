// Relais workspace: follows a drafting job (server-sent events). No framework, no CDN.
"use strict";

function followJob(box) {
  const status = document.getElementById("job-status");
  const target = document.getElementById("job-document");
  const source = new EventSource(box.dataset.events);
  source.addEventListener("status", (e) => {
    status.textContent = JSON.parse(e.data).message;
  });
  source.addEventListener("preview", (e) => {
    // HTML rendered (and escaped) by the server's templates.
    target.innerHTML = JSON.parse(e.data).html;
    status.textContent = "Sections structurées prêtes ; rédaction des parties narratives…";
  });
  source.addEventListener("section", (e) => {
    // One narrative section, written and verified: HTML rendered (and escaped) by the server's
    // templates, the same markup as the stored draft's (citations, verifier flags).
    const data = JSON.parse(e.data);
    const section = Array.from(target.querySelectorAll("section.doc-section")).find(
      (s) => s.dataset.code === data.code
    );
    const placeholder = section && section.querySelector(".writing, .narrative");
    if (placeholder) {
      const fragment = document.createElement("template");
      fragment.innerHTML = data.html;
      placeholder.replaceWith(fragment.content);
      status.textContent = "Partie « " + data.title + " » rédigée et vérifiée.";
    }
  });
  source.addEventListener("done", (e) => {
    source.close();
    const data = JSON.parse(e.data);
    status.textContent = "Brouillon enregistré (version " + data.version + ").";
    window.location.assign(data.url);
  });
  source.addEventListener("error", (e) => {
    if (e.data) {
      source.close();
      status.textContent = JSON.parse(e.data).message;
      status.className = "alert error";
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const job = document.getElementById("job");
  if (job && job.dataset.events) {
    followJob(job);
  }
});
