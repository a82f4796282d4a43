// Follow-up's email box, run in the page itself (st.html with JavaScript allowed), once per tab.
// One source of truth: Copy, the downloads and the mail link read the Subject, Body and To boxes
// at the moment of the click, so an edit made a moment ago is what leaves the page.
// Typing in a box listed in data-fu-live is committed to the server after a short pause (the
// same as pressing Ctrl+Enter), so the score follows as you type and nothing typed waits for a
// click outside the box to be saved.
(function () {
  if (window.__followupBox) return;
  window.__followupBox = true;
  const PAUSE_MS = 600;
  const timers = new WeakMap();

  function keyOf(el) {
    const box = el.closest('[class*="st-key-"]');
    if (!box) return null;
    const cls = [...box.classList].find((c) => c.startsWith("st-key-"));
    return cls ? cls.slice(7) : null;
  }
  function liveKeys() {
    const holder = document.querySelector("[data-fu-live]");
    return holder ? holder.dataset.fuLive.split(" ") : [];
  }
  function commit(el) {
    if (!el.isConnected) return;
    const area = el.tagName === "TEXTAREA";
    el.dispatchEvent(new KeyboardEvent("keydown", {
      key: "Enter", code: "Enter", keyCode: 13, which: 13, ctrlKey: area, bubbles: true,
      cancelable: true}));
  }
  document.addEventListener("input", (event) => {
    const el = event.target;
    if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return;
    if (!liveKeys().includes(keyOf(el))) return;
    clearTimeout(timers.get(el));
    timers.set(el, setTimeout(() => commit(el), PAUSE_MS));
  }, true);

  function value(key, tag) {
    const el = key ? document.querySelector(`.st-key-${key} ${tag}`) : null;
    return el ? el.value : "";
  }
  function oneLine(text) { return String(text || "").split(/\s+/).filter(Boolean).join(" "); }
  function current(box) {
    const d = box.dataset;
    return {subject: oneLine(value(d.subjectKey, "input")),
            body: value(d.bodyKey, "textarea").replace(/\r\n?/g, "\n").trim(),
            to: oneLine(value(d.toKey, "input"))};
  }
  function txt(e) { return e.subject ? `Subject: ${e.subject}\n\n${e.body}\n` : `${e.body}\n`; }
  function base64(text) {
    const bytes = new TextEncoder().encode(text);
    let bin = "";
    bytes.forEach((b) => { bin += String.fromCharCode(b); });
    return btoa(bin);
  }
  function header(text) { return /^[\x20-\x7e]*$/.test(text) ? text : `=?utf-8?B?${base64(text)}?=`; }
  function eml(e, date) {
    const lines = [`Subject: ${header(e.subject)}`];
    if (e.to) lines.push(`To: ${header(e.to)}`);
    lines.push(`Date: ${date}`, "X-Unsent: 1", "MIME-Version: 1.0",
               'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64");
    const body = base64(e.body.replace(/\n/g, "\r\n") + "\r\n").match(/.{1,76}/g) || [];
    return lines.join("\r\n") + "\r\n\r\n" + body.join("\r\n") + "\r\n";
  }
  function mailto(e, max, note) {
    const link = (body) => {
      const query = [];
      if (e.subject) query.push("subject=" + encodeURIComponent(e.subject));
      if (body) query.push("body=" + encodeURIComponent(body.replace(/\n/g, "\r\n")));
      return "mailto:" + encodeURIComponent(e.to).replace(/%40/g, "@") +
             (query.length ? "?" + query.join("&") : "");
    };
    if (link(e.body).length <= max) return {url: link(e.body), cut: false};
    let words = e.body.split(" ");
    while (words.length && link(words.join(" ").trimEnd() + note).length > max) words.pop();
    const kept = words.join(" ").trimEnd();
    return {url: link(kept ? kept + note : ""), cut: true};
  }
  function save(name, type, text) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], {type}));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (err) {
      const area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      const ok = document.execCommand("copy");
      area.remove();
      return ok;
    }
  }
  function say(box, text) {
    const status = box.querySelector("[data-fu-status]");
    if (status) status.textContent = text;
  }
  function refreshLink(box) {
    const link = box.querySelector('[data-fu="mail"]');
    if (!link) return;
    const made = mailto(current(box), Number(box.dataset.max), box.dataset.note);
    link.href = made.url;
    say(box, made.cut ? box.dataset.cutMessage : "");
  }
  ["pointerdown", "focusin", "mouseover"].forEach((type) => document.addEventListener(type, (event) => {
    const link = event.target.closest && event.target.closest('[data-fu="mail"]');
    if (link) refreshLink(link.closest("[data-fu-box]"));
  }, true));
  document.addEventListener("click", async (event) => {
    const button = event.target.closest && event.target.closest("[data-fu]");
    if (!button) return;
    const box = button.closest("[data-fu-box]");
    const e = current(box);
    const d = box.dataset;
    const action = button.dataset.fu;
    if (action === "mail") { refreshLink(box); return; }
    event.preventDefault();
    if (action === "copy-body" || action === "copy-subject") {
      const ok = await copy(action === "copy-body" ? e.body : e.subject);
      const label = button.querySelector("span") || button;
      const before = button.dataset.label || label.textContent;
      button.dataset.label = before;
      label.textContent = ok ? "Copied" : "Copy failed: select the text and press Ctrl+C";
      say(box, ok ? `Copied the ${action === "copy-body" ? "body" : "subject"}.` : "");
      clearTimeout(button._fuTimer);
      button._fuTimer = setTimeout(() => { label.textContent = before; }, 2000);
    } else if (action === "txt") {
      save(d.txtName, "text/plain;charset=utf-8", txt(e));
    } else if (action === "eml") {
      save(d.emlName, "message/rfc822", eml(e, d.date));
    }
  });
})();
