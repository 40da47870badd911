// The Markdown editor: a toolbar with keyboard shortcuts, a live preview rendered by the server exactly as the site
// renders it, pictures pasted or dropped into the text uploaded to the media library, and an unsaved copy kept in the
// browser and offered back after a crash. Without script the textarea works as it is.
(function () {
  "use strict";

  function token(form) {
    var input = form && form.querySelector("input[name=__RequestVerificationToken]");
    return input ? input.value : "";
  }

  function replaceSelection(area, before, after, placeholder) {
    var start = area.selectionStart, end = area.selectionEnd;
    var chosen = area.value.slice(start, end) || placeholder;
    area.setRangeText(before + chosen + after, start, end, "end");
    area.setSelectionRange(start + before.length, start + before.length + chosen.length);
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function prefixLines(area, prefix) {
    var start = area.value.lastIndexOf("\n", area.selectionStart - 1) + 1, end = area.selectionEnd;
    var lines = area.value.slice(start, end).split("\n");
    var text = lines.map(function (line, i) { return (typeof prefix === "function" ? prefix(i) : prefix) + line; }).join("\n");
    area.setRangeText(text, start, end, "end");
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function insert(area, text) {
    area.setRangeText(text, area.selectionStart, area.selectionEnd, "end");
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function insertPicture(area, path) {
    var alt = window.prompt("Tekst alternatywny: opisz krótko, co widać na obrazie (dla osób, które go nie widzą).", "");
    if (alt === null) {
      return;
    }
    var atLineStart = area.selectionStart === 0 || area.value[area.selectionStart - 1] === "\n";
    insert(area, (atLineStart ? "" : "\n\n") + "![" + alt.replace(/[\[\]]/g, "") + "](/media/" + encodeURI(path) + ")\n");
  }

  function upload(area, file, status) {
    var form = area.form;
    var data = new FormData();
    data.append("file", file, file.name || "obraz.png");
    data.append("__RequestVerificationToken", token(form));
    var xhr = new XMLHttpRequest();
    xhr.open("POST", area.getAttribute("data-upload-url"));
    xhr.upload.onprogress = function (p) {
      if (p.lengthComputable) {
        status.textContent = "Wysyłanie obrazu: " + Math.round(p.loaded * 100 / p.total) + "%";
      }
    };
    xhr.onload = function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (e) { answer = { error: "Serwer nie przyjął obrazu." }; }
      if (xhr.status === 200 && answer.path) {
        status.textContent = "Obraz zapisany w bibliotece mediów: " + answer.path;
        insertPicture(area, answer.path);
      } else {
        status.textContent = answer.error || "Serwer nie przyjął obrazu.";
      }
    };
    xhr.onerror = function () { status.textContent = "Nie udało się wysłać obrazu. Sprawdź połączenie."; };
    xhr.send(data);
  }

  function enhance(area) {
    var form = area.form;
    var key = "siec-szkic:" + location.pathname + location.search + ":" + area.name;
    var editor = document.createElement("div");
    editor.className = "md-editor";
    var toolbar = document.createElement("div");
    toolbar.className = "md-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", "Formatowanie tekstu");
    toolbar.setAttribute("aria-controls", area.id);
    var status = document.createElement("p");
    status.className = "md-status";
    status.setAttribute("role", "status");
    var preview = document.createElement("div");
    preview.className = "md-preview";
    preview.id = area.id + "-podglad";
    preview.setAttribute("role", "region");
    preview.setAttribute("aria-label", "Podgląd: tak tekst będzie wyglądał na stronie");
    var panes = document.createElement("div");
    panes.className = "md-panes";
    area.parentNode.insertBefore(editor, area);
    editor.appendChild(toolbar);
    editor.appendChild(panes);
    panes.appendChild(area);
    panes.appendChild(preview);
    editor.appendChild(status);

    // Name, shortcut key (with Ctrl), action; the visible name is the accessible one.
    var actions = [
      ["Nagłówek", null, function () { prefixLines(area, "## "); }],
      ["Pogrubienie", "b", function () { replaceSelection(area, "**", "**", "pogrubiony tekst"); }],
      ["Kursywa", "i", function () { replaceSelection(area, "*", "*", "tekst kursywą"); }],
      ["Lista", null, function () { prefixLines(area, "- "); }],
      ["Lista numerowana", null, function () { prefixLines(area, function (i) { return (i + 1) + ". "; }); }],
      ["Cytat", null, function () { prefixLines(area, "> "); }],
      ["Odnośnik", "k", function () { replaceSelection(area, "[", "](https://)", "tekst odnośnika"); }],
      window.SiecMediaPicker ? ["Obraz", null, function () {
        window.SiecMediaPicker.open({ images: true, opener: this, pick: function (path) { insertPicture(area, path); } });
      }] : null,
      ["Tabela", null, function () { insert(area, "\n| Kolumna 1 | Kolumna 2 |\n| --- | --- |\n| … | … |\n"); }],
    ];
    var shortcuts = {};
    actions.filter(Boolean).forEach(function (a) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = a[0];
      if (a[1]) {
        button.title = a[0] + " (Ctrl+" + a[1].toUpperCase() + ")";
        button.setAttribute("aria-keyshortcuts", "Control+" + a[1].toUpperCase());
        shortcuts[a[1]] = a[2];
      }
      button.addEventListener("click", a[2]);
      toolbar.appendChild(button);
    });
    area.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && shortcuts[e.key.toLowerCase()]) {
        e.preventDefault();
        shortcuts[e.key.toLowerCase()]();
      }
    });

    var timer = null, asked = 0;
    function render() {
      var n = ++asked;
      var data = new FormData();
      data.append("markdown", area.value);
      fetch(area.getAttribute("data-preview-url"), { method: "POST", body: data, headers: { RequestVerificationToken: token(form) }, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(); })
        .then(function (html) { if (n === asked) { preview.innerHTML = html; } })
        .catch(function () { status.textContent = "Podgląd chwilowo niedostępny."; });
    }
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(render, 300);
      try { localStorage.setItem(key, JSON.stringify({ text: area.value, at: new Date().toISOString() })); } catch (e) { /* storage full or off */ }
    });
    render();

    // Pictures go to the media library only where the page names an upload address (the admin, not the forum).
    var uploads = area.hasAttribute("data-upload-url");
    area.addEventListener("paste", function (e) {
      var file = uploads && e.clipboardData && Array.from(e.clipboardData.files).find(function (f) { return f.type.indexOf("image/") === 0; });
      if (file) {
        e.preventDefault();
        upload(area, file, status);
      }
    });
    area.addEventListener("dragover", function (e) { e.preventDefault(); });
    area.addEventListener("drop", function (e) {
      var file = uploads && e.dataTransfer && Array.from(e.dataTransfer.files).find(function (f) { return f.type.indexOf("image/") === 0; });
      if (file) {
        e.preventDefault();
        upload(area, file, status);
      }
    });

    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { saved = null; }
    if (saved && saved.text !== area.value) {
      var offer = document.createElement("div");
      offer.className = "md-restore";
      offer.setAttribute("role", "alert");
      var when = new Date(saved.at).toLocaleString("pl-PL");
      offer.innerHTML = "<p>Masz niezapisany tekst z " + when + " (np. sprzed zamknięcia przeglądarki).</p>";
      var restore = document.createElement("button");
      restore.type = "button";
      restore.textContent = "Przywróć niezapisany tekst";
      var drop = document.createElement("button");
      drop.type = "button";
      drop.textContent = "Odrzuć go";
      offer.appendChild(restore);
      offer.appendChild(drop);
      editor.insertBefore(offer, toolbar);
      restore.addEventListener("click", function () {
        area.value = saved.text;
        offer.remove();
        render();
        area.focus();
      });
      drop.addEventListener("click", function () {
        localStorage.removeItem(key);
        offer.remove();
        area.focus();
      });
    } else if (saved) {
      localStorage.removeItem(key);
    }
    if (form) {
      form.addEventListener("submit", function () { localStorage.removeItem(key); });
    }
  }

  document.querySelectorAll("textarea[data-markdown]").forEach(enhance);
})();
