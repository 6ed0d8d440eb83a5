// Recherche du guide : sans bibliothèque ni service extérieur. La table /recherche/index.json nomme les parts de
// l'index (/recherche/mots/…) ; une requête ne charge que la plus légère de celles qu'elle demande.
// Sans ce script, la page propose l'index de A à Z et les métiers.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input");
  var status = document.getElementById("recherche-etat");
  var list = document.getElementById("recherche-resultats");
  var shown = 50;
  var contents = null;
  var metiers = [];
  var shards = {};
  var latest = 0;

  // Apostrophes and dashes, exactly those of TextFolding.apostrophes and TextFolding.dashes (a test compares
  // them): each becomes a space, so that d'annecy and d’Annecy are the same two words.
  var separators = /[\u0027\u2019\u2018\u02BC\u02B9\u2032\u0060\u00B4\uFF07\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

  // The same folding and the same words as SearchIndex.words: lowercase, ligatures spelled out, accents
  // dropped, then runs of letters and digits.
  function words(text) {
    return text.replace(separators, " ").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss")
      .normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // Whether every word of the query begins one of the entry's words.
  function matches(query, entryWords) {
    return query.every(function (word) {
      return entryWords.some(function (entryWord) { return entryWord.startsWith(word); });
    });
  }

  function count(value) {
    return value.toLocaleString("fr-FR");
  }

  function members(value) {
    return value === 0 ? "aucun profil" : count(value) + (value > 1 ? "\u00A0profils" : "\u00A0profil");
  }

  // The shard a query word needs: the one whose prefix begins it; or why there is none — the word is one
  // too many entries share ("common"), it begins too many words ("short"), or no word at all ("none").
  function shardFor(word) {
    var broader = false;
    for (var i = 0; i < contents.words.length; i++) {
      var prefix = contents.words[i][0];
      if (word.startsWith(prefix)) return { file: contents.words[i][1], bytes: contents.words[i][2] };
      if (prefix.startsWith(word)) broader = true;
    }
    for (var j = 0; j < contents.common.length; j++) {
      var common = contents.common[j][0];
      if (common === word) return { reason: "common", word: word, count: contents.common[j][1] };
      if (common.startsWith(word)) broader = true;
    }
    return { reason: broader ? "short" : "none" };
  }

  function load(file) {
    if (!shards[file]) {
      shards[file] = fetch(contents.shards + file)
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) {
          return {
            profiles: data.profiles.map(function (entry) {
              var labels = entry[3].map(function (position) { return contents.metiers[position][0]; });
              return { name: entry[0], url: contents.profiles + entry[1] + "/", about: entry[2],
                words: words([entry[0], entry[2]].concat(labels).join(" ")) };
            }),
            societes: data.societes.map(function (entry) {
              return { name: entry[0], url: contents.societes + entry[1] + "/",
                about: "Société · " + entry[2] + " · " + members(entry[3]), words: words(entry[0] + " Société " + entry[2]) };
            })
          };
        });
      shards[file].catch(function () { delete shards[file]; });
    }
    return shards[file];
  }

  // "1 métier, 2 sociétés et 3 profils trouvés." — the participle agrees when one kind is found.
  function summary(found) {
    var parts = [];
    var feminine = false;
    if (found.metiers) parts.push(count(found.metiers) + (found.metiers > 1 ? " métiers" : " métier"));
    if (found.societes) parts.push(count(found.societes) + (found.societes > 1 ? " sociétés" : " société"));
    if (found.profiles) parts.push(count(found.profiles) + (found.profiles > 1 ? " profils" : " profil"));
    if (parts.length === 1 && found.societes) feminine = true;
    var total = found.metiers + found.societes + found.profiles;
    var text = parts.length > 1 ? parts.slice(0, -1).join(", ") + " et " + parts[parts.length - 1] : parts[0];
    text += " trouvé" + (feminine ? "e" : "") + (total > 1 ? "s" : "");
    return total > shown ? text + ", les " + shown + " premiers affichés." : text + ".";
  }

  function show(results, message) {
    list.replaceChildren();
    results.slice(0, shown).forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.url;
      link.textContent = result.name;
      item.appendChild(link);
      if (result.about) {
        var about = document.createElement("span");
        about.className = "search-about";
        about.textContent = " — " + result.about;
        item.appendChild(about);
      }
      list.appendChild(item);
    });
    status.textContent = message;
  }

  function answer(query) {
    var asked = ++latest;
    var queryWords = words(query);
    if (queryWords.length === 0) {
      show([], "");
      return;
    }
    var foundMetiers = metiers.filter(function (metier) { return matches(queryWords, metier.words); });
    var choices = queryWords.map(shardFor);
    var usable = choices.filter(function (choice) { return choice.file; });
    var empty = choices.some(function (choice) { return choice.reason === "none"; });
    if (empty || usable.length === 0) {
      var common = choices.filter(function (choice) { return choice.reason === "common"; })[0];
      var hint = empty ? "" : common
        ? "«\u00A0" + common.word + "\u00A0» figure dans " + count(common.count) + " fiches\u00A0: ajoutez un nom ou un autre mot."
        : "Tapez quelques lettres de plus, ou un autre mot.";
      var message = foundMetiers.length
        ? summary({ metiers: foundMetiers.length, societes: 0, profiles: 0 }) + (hint ? " " + hint : "")
        : hint || "Aucun résultat.";
      show(foundMetiers, message);
      return;
    }
    var lightest = usable.reduce(function (a, b) { return b.bytes < a.bytes ? b : a; });
    load(lightest.file).then(function (shard) {
      if (asked !== latest) return;
      var societes = shard.societes.filter(function (entry) { return matches(queryWords, entry.words); });
      var profiles = shard.profiles.filter(function (entry) { return matches(queryWords, entry.words); });
      var found = { metiers: foundMetiers.length, societes: societes.length, profiles: profiles.length };
      var results = foundMetiers.concat(societes, profiles);
      show(results, results.length ? summary(found) : "Aucun résultat.");
    }, failed);
  }

  function failed() {
    status.textContent = "La recherche n’a pas pu se charger\u00A0: parcourez le guide ci-dessous.";
  }

  fetch(form.getAttribute("data-index"))
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (data) {
      contents = data;
      metiers = data.metiers.map(function (metier) {
        return { name: metier[0], url: metier[2], about: "Métier · " + members(metier[3]),
          words: words(metier[0] + " " + metier[1]) };
      });
      form.hidden = false;
      input.addEventListener("input", function () { answer(input.value); });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var first = list.querySelector("a");
        if (first) first.focus();
      });
      var initial = new URLSearchParams(location.search).get("q");
      if (initial) {
        input.value = initial;
        answer(initial);
      }
    })
    .catch(failed);
})();
