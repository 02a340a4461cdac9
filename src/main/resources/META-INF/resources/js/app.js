// Progressive enhancement only: every page works without this file.
// Ordering questions: move an item up or down with buttons (the no-JS form uses number inputs).
// The buttons are hidden in the HTML, since they need this script; show them on load and in content htmx swaps in.
const revealMoveButtons = (root) => {
  root.querySelectorAll("button[data-move][hidden]").forEach((button) => { button.hidden = false; });
};
revealMoveButtons(document);
document.addEventListener("htmx:load", (event) => revealMoveButtons(event.detail.elt));
document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-move]");
  if (!button) return;
  event.preventDefault();
  const item = button.closest("li");
  const list = item.parentElement;
  if (button.dataset.move === "up" && item.previousElementSibling) {
    list.insertBefore(item, item.previousElementSibling);
  } else if (button.dataset.move === "down" && item.nextElementSibling) {
    list.insertBefore(item.nextElementSibling, item);
  }
  list.querySelectorAll("li").forEach((li, i) => {
    const input = li.querySelector("input[type=number]");
    if (input) input.value = i + 1;
  });
  button.focus();
});
// Live countdowns: the server says how many seconds are left when it renders; count down from there (the phone's
// own clock may be wrong, so no absolute time is trusted). The server enforces the deadline whatever this shows.
const tickCountdowns = () => {
  document.querySelectorAll("[data-seconds-left]").forEach((timer) => {
    if (!timer.dataset.endsAt) timer.dataset.endsAt = String(Date.now() + Number(timer.dataset.secondsLeft) * 1000);
    const left = Math.max(0, Math.ceil((Number(timer.dataset.endsAt) - Date.now()) / 1000));
    if (timer.textContent !== String(left)) timer.textContent = String(left);
  });
};
setInterval(tickCountdowns, 1000);
// The live join form: tell the server this phone runs scripts (it then follows the session by events, not reloads).
document.querySelectorAll("input[type=hidden][name=script]").forEach((field) => { field.value = "on"; });
// The evidence pass: Ctrl+Enter saves and goes on from any field, Ctrl+Shift+Enter skips; the first source
// takes the focus (without scrolling the question away), so a step is typed start to end without the mouse.
// Neither chord is one that NVDA, JAWS, VoiceOver or Orca use.
document.querySelectorAll("form[data-evidence-pass]").forEach((form) => {
  const first = form.querySelector("input[name=source]:checked") || form.querySelector("input[name=source]");
  if (first) first.focus({ preventScroll: true });
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    const button = form.querySelector(event.shiftKey ? "[data-shortcut=skip]" : "[data-shortcut=save]");
    if (!button) return;
    event.preventDefault();
    form.requestSubmit(button);
  });
  // choosing "a new source" opens its fields
  form.addEventListener("change", (event) => {
    if (event.target.name !== "source") return;
    const details = form.querySelector("details.pass-new");
    if (details) details.open = event.target.value === "new";
  });
});
// The question editor keeps every keystroke: htmx autosaves the form when it is complete; until a save lands, a
// copy of the fields stays in this browser (localStorage), and a page opened on the same stored version gets it
// back, with a notice. A copy made on another version (a save elsewhere since) is dropped, not forced in.
document.querySelectorAll("form[data-autosave]").forEach((form) => {
  const key = "sourced:question:" + form.dataset.autosave;
  const base = () => (form.querySelector("input[name=base]") || {}).value || "";
  const fields = () => Array.from(new FormData(form)).filter(([name]) => name !== "csrf-token" && name !== "base");
  const shape = () => Array.from(form.elements).filter((e) => e.name && e.type !== "submit").map((e) => e.name).join(" ");
  const restore = (kept) => {
    const byName = new Map();
    kept.forEach(([name, value]) => byName.set(name, (byName.get(name) || []).concat([value])));
    byName.forEach((values, name) => {
      const elements = Array.from(form.elements).filter((e) => e.name === name);
      elements.forEach((e, i) => {
        if (e.type === "hidden") return; // row counts and the type are the page's own
        if (e.type === "checkbox" || e.type === "radio") e.checked = values.includes(e.value);
        else if (i < values.length) e.value = values[i];
      });
    });
    form.querySelectorAll("input[type=checkbox]").forEach((box) => { if (!byName.has(box.name)) box.checked = false; });
  };
  try {
    const kept = JSON.parse(localStorage.getItem(key) || "null");
    // only onto the same form: a page re-shown with a row more or less (or another version) keeps its own fields
    if (kept && kept.base === base() && kept.shape === shape() && JSON.stringify(kept.fields) !== JSON.stringify(fields())) {
      restore(kept.fields);
      const notice = document.getElementById("autosave-restored");
      if (notice) notice.hidden = false;
    } else if (kept) {
      localStorage.removeItem(key);
    }
  } catch (e) { /* storage may be off (private window): the server autosave still runs */ }
  const keep = () => {
    try { localStorage.setItem(key, JSON.stringify({ base: base(), shape: shape(), fields: fields() })); } catch (e) { /* full or off */ }
  };
  form.addEventListener("input", keep);
  // A plain post (a row button, a drag, Save) carries every field, and the page it brings back shows them: the copy
  // of the page before it would only undo a move. It waits for an autosave on its way, so that it carries the
  // version that autosave stores (else the page it brings back would be a version behind: a conflict at the next
  // autosave); once it is sent, no autosave starts.
  let saving = false;
  let leaving = false;
  let waiting = null;
  form.addEventListener("htmx:beforeRequest", (event) => {
    if (event.detail.elt !== form) return;
    if (leaving) event.preventDefault();
    else saving = true;
  });
  form.addEventListener("htmx:afterRequest", (event) => {
    if (event.detail.elt !== form) return;
    saving = false;
    if (waiting) {
      const submitter = waiting;
      waiting = null;
      if (submitter === form) form.requestSubmit();
      else form.requestSubmit(submitter);
    }
  });
  form.addEventListener("submit", (event) => {
    if (saving) {
      event.preventDefault();
      waiting = event.submitter || form; // the form itself: a submit without a button
      return;
    }
    leaving = true;
    try { localStorage.removeItem(key); } catch (e) { /* off */ }
  });
  window.addEventListener("pageshow", (event) => { if (event.persisted) leaving = false; });
  // a form brought back with a row moved or removed is an edit: save it as if typed (after htmx has bound the form)
  if (form.hasAttribute("data-rows-moved")) {
    document.addEventListener("DOMContentLoaded", () => form.dispatchEvent(new Event("input", { bubbles: true })));
  }
  form.addEventListener("htmx:afterRequest", (event) => {
    if (event.detail.elt === form && event.detail.successful) {
      try { localStorage.removeItem(key); } catch (e) { /* off */ }
    }
  });
});
// An autosave refused because the question changed elsewhere (409) still says so in the form's status line.
document.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.xhr.status === 409 && event.detail.elt.closest && event.detail.elt.closest("form[data-autosave]")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// The question editor's rows can also be dragged by their handle (pointer events: mouse, pen and touch alike).
// Dropping a row posts the form with action move-F-T, and the server reorders by the rule its ↑ and ↓ buttons use
// (RowAction): one way to reorder, every typed edit kept. The buttons stay for the keyboard; Escape puts the row back.
document.querySelectorAll("ol[data-drag-rows]").forEach((list) => {
  const form = list.closest("form");
  const rows = () => Array.from(list.children);
  list.querySelectorAll("[data-drag-handle][hidden]").forEach((handle) => { handle.hidden = false; });
  let drag = null;
  const end = (drop) => {
    if (!drag) return;
    const { row, from, order } = drag;
    drag = null;
    row.classList.remove("dragging");
    document.documentElement.classList.remove("rows-dragging");
    const to = rows().indexOf(row);
    if (!drop || to === from) {
      order.forEach((li) => list.appendChild(li)); // as it was
      return;
    }
    const button = document.createElement("button");
    button.type = "submit";
    button.name = "action";
    button.value = "move-" + from + "-" + to;
    button.hidden = true;
    form.appendChild(button);
    form.requestSubmit(button);
  };
  list.addEventListener("pointerdown", (event) => {
    const handle = event.target.closest("[data-drag-handle]");
    if (!handle || event.button !== 0 || drag) return;
    event.preventDefault();
    const row = handle.closest("li");
    drag = { row, from: Number(row.dataset.row), order: rows() };
    row.classList.add("dragging");
    document.documentElement.classList.add("rows-dragging");
  });
  document.addEventListener("pointermove", (event) => {
    if (!drag) return;
    event.preventDefault();
    // the row under the pointer: the dragged one goes before it in its upper half, after it in its lower half
    const over = rows().find((li) => {
      const box = li.getBoundingClientRect();
      return li !== drag.row && event.clientY >= box.top && event.clientY <= box.bottom;
    });
    if (!over) return;
    const box = over.getBoundingClientRect();
    const place = event.clientY < box.top + box.height / 2 ? over : over.nextElementSibling;
    if (place !== drag.row && place !== drag.row.nextElementSibling) list.insertBefore(drag.row, place);
  });
  document.addEventListener("pointerup", () => end(true));
  document.addEventListener("pointercancel", () => end(false));
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && drag) end(false); });
});
