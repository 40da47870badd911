// Sends a form with a file in the background to show how much of the file has gone; without script the form posts as usual.
document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    var file = form.querySelector("input[type=file]");
    var bar = form.querySelector("progress");
    if (!window.FormData || !file || !file.files.length || !bar) {
      return;
    }
    var max = Number(file.getAttribute("data-max-bytes"));
    if (max && file.files[0].size > max) {
      event.preventDefault();
      alert("Plik jest za duży. Wybierz plik mniejszy niż " + Math.floor(max / 1048576) + " MB.");
      return;
    }
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    bar.hidden = false;
    request.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
      }
    };
    request.onload = function () {
      if (request.responseURL && request.responseURL !== form.action) {
        window.location.assign(request.responseURL);
      } else {
        document.open();
        document.write(request.responseText);
        document.close();
      }
    };
    request.onerror = function () {
      bar.hidden = true;
      alert("Nie udało się wysłać pliku. Sprawdź połączenie i spróbuj jeszcze raz; wpisany tekst jest zachowany.");
    };
    request.send(data);
  });
});
