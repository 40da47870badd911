// The admin's behaviour that every page shares. Everything here only improves forms and links that work without it.
(function () {
  "use strict";

  // The side menu starts open where there is room for it, folded on a phone.
  var menu = document.querySelector("nav.side details");
  if (menu && window.matchMedia("(min-width: 60rem)").matches) {
    menu.open = true;
  }
})();
