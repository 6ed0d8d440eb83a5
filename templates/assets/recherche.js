// Recherche du guide : quelques lignes, sans bibliothèque ni service extérieur, sur /recherche/index.json.
// Sans ce script, la page propose l'index de A à Z et les métiers.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input");
  var status = document.getElementById("recherche-etat");
  var list = document.getElementById("recherche-resultats");
  var shown = 50;
  var entries = [];

  // Apostrophes and dashes, exactly those of TextFolding.apostrophes and TextFolding.dashes (a test compares
  // them): each becomes a space, so that d'annecy and d’Annecy are the same two words.
  var separators = /[\u0027\u2019\u2018\u02BC\u02B9\u2032\u0060\u00B4\uFF07\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

  // The same folding as the index's keys: words split at apostrophes and dashes, lowercase, ligatures spelled
  // out, accents dropped.
  function fold(text) {
    return text.replace(separators, " ").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss")
      .normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  function count(value) {
    return value.toLocaleString("fr-FR");
  }

  function show(query) {
    list.replaceChildren();
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      status.textContent = "";
      return;
    }
    var found = entries.filter(function (entry) {
      return words.every(function (word) { return entry.key.indexOf(word) !== -1; });
    });
    found.slice(0, shown).forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.url;
      link.textContent = entry.name;
      item.appendChild(link);
      if (entry.about) {
        var about = document.createElement("span");
        about.className = "search-about";
        about.textContent = " — " + entry.about;
        item.appendChild(about);
      }
      list.appendChild(item);
    });
    if (found.length === 0) status.textContent = "Aucun profil ne correspond.";
    else if (found.length === 1) status.textContent = "1 profil trouvé.";
    else if (found.length <= shown) status.textContent = count(found.length) + " profils trouvés.";
    else status.textContent = count(found.length) + " profils trouvés, les " + shown + " premiers affichés.";
  }

  fetch(form.getAttribute("data-index"))
    .then(function (response) { return response.json(); })
    .then(function (data) {
      entries = data;
      form.hidden = false;
      input.addEventListener("input", function () { show(input.value); });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var first = list.querySelector("a");
        if (first) first.focus();
      });
      var initial = new URLSearchParams(location.search).get("q");
      if (initial) {
        input.value = initial;
        show(initial);
      }
    })
    .catch(function () {
      status.textContent = "La recherche n’a pas pu se charger : parcourez le guide ci-dessous.";
    });
})();
