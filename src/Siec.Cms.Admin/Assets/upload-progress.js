// Progress for file uploads, in the admin and on the public site: a multipart form with a file chosen is sent with
// XMLHttpRequest so the browser can report bytes sent into the page's #upload-progress box; without script, or
// without that box, the form posts as usual.
document.addEventListener("submit", function (e) {
  "use strict";
  var form = e.target;
  var box = document.getElementById("upload-progress");
  var files = Array.from(form.querySelectorAll("input[type=file]")).filter(function (i) { return i.files.length > 0; });
  if (e.defaultPrevented || !box || !window.FormData || form.enctype !== "multipart/form-data" || files.length === 0) {
    return;
  }
  e.preventDefault();
  // A file larger than the server takes is refused here, before it is sent for nothing.
  var tooLarge = files.find(function (i) { return i.dataset.maxBytes && i.files[0].size > Number(i.dataset.maxBytes); });
  if (tooLarge) {
    alert("Plik jest za duży. Wybierz plik mniejszy niż " + Math.floor(Number(tooLarge.dataset.maxBytes) / 1048576) + " MB.");
    return;
  }
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
    status.textContent = "Wysyłanie nie powiodło się. Sprawdź połączenie i spróbuj ponownie; wpisany tekst jest zachowany.";
  };
  xhr.send(data);
});
