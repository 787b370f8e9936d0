// Small enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // Timeline: a click on an entry's badge or source count shows its citations in place.
  for (const entry of document.querySelectorAll(".timeline .entry")) {
    for (const el of entry.querySelectorAll(".badge, .sources")) {
      el.addEventListener("click", () => {
        const open = entry.classList.toggle("open");
        entry.querySelector(".toggle")?.setAttribute("aria-expanded", String(open));
      });
    }
  }
  // Article page: bring the cited sentence into view when arriving at #r-<record id>.
  if (location.hash.startsWith("#r-")) {
    const target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView({ block: "center" });
  }
});
