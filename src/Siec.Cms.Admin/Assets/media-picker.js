// The media picker: a dialog with the library's folders and files (pictures as thumbnails), a search by name and an
// upload into the open folder. Media fields get a "Wybierz z biblioteki" button; the Markdown editor opens it for pictures.
(function () {
  "use strict";

  var listUrl = document.body.getAttribute("data-media-list");
  var uploadUrl = document.body.getAttribute("data-media-upload");
  // Where the network's files are served: under its path prefix when it has one.
  var filesUrl = document.body.getAttribute("data-media-files");
  if (!listUrl || !window.HTMLDialogElement) {
    return;
  }

  var dialog, folders, files, search, status, uploadInput, current = { folder: "", options: null, picked: false };

  function token() {
    var input = document.querySelector("input[name=__RequestVerificationToken]");
    return input ? input.value : "";
  }

  function button(text, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  function build() {
    dialog = document.createElement("dialog");
    dialog.className = "media-picker";
    dialog.setAttribute("aria-labelledby", "mp-tytul");
    dialog.innerHTML = "<h2 id=\"mp-tytul\">Biblioteka mediów</h2>"
      + "<label for=\"mp-szukaj\">Szukaj po nazwie pliku</label><input type=\"search\" id=\"mp-szukaj\">"
      + "<h3>Foldery</h3><ul class=\"folders\"></ul><h3>Pliki</h3><p class=\"mp-status\" role=\"status\"></p><ul class=\"files\"></ul>"
      + "<label for=\"mp-wyslij\">Wyślij plik do tego folderu</label><input type=\"file\" id=\"mp-wyslij\">";
    folders = dialog.querySelector("ul.folders");
    files = dialog.querySelector("ul.files");
    search = dialog.querySelector("#mp-szukaj");
    status = dialog.querySelector(".mp-status");
    uploadInput = dialog.querySelector("#mp-wyslij");
    dialog.appendChild(button("Zamknij", function () { dialog.close(); }));
    var timer = null;
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(load, 250);
    });
    uploadInput.addEventListener("change", function () {
      if (!uploadInput.files.length) {
        return;
      }
      var data = new FormData();
      data.append("file", uploadInput.files[0]);
      data.append("folder", current.folder);
      data.append("__RequestVerificationToken", token());
      status.textContent = "Wysyłanie…";
      fetch(uploadUrl, { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (answer) {
          uploadInput.value = "";
          if (answer.path) {
            search.value = "";
            load().then(function () { status.textContent = "Wysłano: " + answer.path; });
          } else {
            status.textContent = answer.error || "Serwer nie przyjął pliku.";
          }
        })
        .catch(function () { status.textContent = "Nie udało się wysłać pliku."; });
    });
    dialog.addEventListener("close", function () {
      // Closed without a choice: back to the button that opened it (a choice moves focus itself).
      if (!current.picked && current.options && current.options.opener) {
        current.options.opener.focus();
      }
      current.picked = false;
    });
    document.body.appendChild(dialog);
  }

  function load() {
    var query = "&folder=" + encodeURIComponent(current.folder) + "&q=" + encodeURIComponent(search.value)
      + (current.options.images ? "&obrazy=1" : "");
    return fetch(listUrl + query, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (list) {
        folders.textContent = "";
        if (list.parent !== null) {
          var up = document.createElement("li");
          up.appendChild(button("↑ Folder wyżej", function () { current.folder = list.parent; load(); }));
          folders.appendChild(up);
        }
        list.folders.forEach(function (f) {
          var li = document.createElement("li");
          li.appendChild(button("📁 " + f.name, function () { current.folder = f.path; search.value = ""; load(); }));
          folders.appendChild(li);
        });
        files.textContent = "";
        list.files.forEach(function (f) {
          var li = document.createElement("li");
          var pick = button("", function () {
            current.picked = true;
            dialog.close();
            current.options.pick(f.path);
          });
          if (f.image) {
            var img = document.createElement("img");
            img.src = filesUrl + encodeURI(f.path);
            img.alt = "";
            img.loading = "lazy";
            pick.appendChild(img);
          } else {
            var icon = document.createElement("span");
            icon.className = "file-icon";
            icon.textContent = f.name.split(".").pop().toUpperCase();
            pick.appendChild(icon);
          }
          pick.appendChild(document.createTextNode(f.name));
          pick.setAttribute("aria-label", "Wybierz " + f.path);
          li.appendChild(pick);
          files.appendChild(li);
        });
        status.textContent = list.files.length ? "Plików: " + list.files.length + (list.more ? " (pokazano pierwsze)" : "") : "Brak plików.";
      });
  }

  window.SiecMediaPicker = {
    open: function (options) {
      if (!dialog) {
        build();
      }
      current.options = options;
      dialog.showModal();
      load().then(function () { search.focus(); });
    },
  };

  document.querySelectorAll("input[data-media-field]").forEach(function (input) {
    var open = button("Wybierz z biblioteki", function () {
      window.SiecMediaPicker.open({
        opener: open,
        pick: function (path) {
          input.value = path;
          var alt = document.getElementById(input.id + "-text");
          (alt || input).focus();
        },
      });
    });
    open.className = "primary";
    input.after(open);
  });
})();
