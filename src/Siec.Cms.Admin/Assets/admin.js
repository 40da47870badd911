// The admin's behaviour that every page shares. Everything here only improves forms and links that work without it.
(function () {
  "use strict";

  // The side menu starts open where there is room for it, folded on a phone.
  var menu = document.querySelector("nav.side details");
  if (menu && window.matchMedia("(min-width: 60rem)").matches) {
    menu.open = true;
  }

  // Progress for file uploads: the form is sent with XMLHttpRequest so the browser can report bytes sent.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (e.defaultPrevented || form.enctype !== "multipart/form-data"
      || !Array.from(form.querySelectorAll("input[type=file]")).some(function (i) { return i.files.length > 0; })) {
      return;
    }
    e.preventDefault();
    var box = document.getElementById("upload-progress");
    var bar = document.getElementById("upload-bar");
    var status = document.getElementById("upload-status");
    form.after(box);
    box.hidden = false;
    var data = new FormData(form);
    if (e.submitter && e.submitter.name) {
      data.append(e.submitter.name, e.submitter.value);
    }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.onprogress = function (p) {
      if (p.lengthComputable) {
        var v = Math.round(p.loaded * 100 / p.total);
        bar.value = v;
        status.textContent = "Wysłano " + v + "%";
      }
    };
    xhr.onload = function () {
      // The response already followed any redirect (and read its one-time message): show it as it is.
      if (xhr.responseURL) {
        history.replaceState(null, "", xhr.responseURL);
      }
      document.open();
      document.write(xhr.responseText);
      document.close();
    };
    xhr.onerror = function () {
      status.textContent = "Wysyłanie nie powiodło się. Sprawdź połączenie i spróbuj ponownie.";
    };
    xhr.send(data);
  });
})();
