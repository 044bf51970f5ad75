// The map of a dataset's page, as an enhancement of the SVG drawn by the server: Leaflet, a base layer only when
// one is configured, and the points as grid cells aggregated by Trino for the visible box and zoom level. Each
// cell shows its count as text; activating it zooms in.
(function () {
  'use strict';
  var box = document.getElementById('carte');
  if (!box || typeof L === 'undefined') {
    return;
  }
  var west = parseFloat(box.dataset.west), south = parseFloat(box.dataset.south);
  var east = parseFloat(box.dataset.east), north = parseFloat(box.dataset.north);
  var holder = document.createElement('div');
  holder.className = 'map';
  holder.setAttribute('role', 'region');
  holder.setAttribute('aria-label', box.dataset.label || 'Carte');
  box.replaceChildren(holder);
  box.className = '';

  var map = L.map(holder, {preferCanvas: false, worldCopyJump: false});
  if (box.dataset.tiles) {
    L.tileLayer(box.dataset.tiles, {maxZoom: 19, attribution: box.dataset.attribution || ''}).addTo(map);
  }
  var layer = L.layerGroup().addTo(map);
  var pending = null;

  function icon(count) {
    var size = Math.round(22 + 10 * Math.log10(Math.max(1, count)));
    return L.divIcon({
      className: 'cell-marker',
      html: '<span>' + count + '</span>',
      iconSize: [size, size]
    });
  }

  function load() {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    var b = map.getBounds();
    var params = new URLSearchParams({
      ouest: b.getWest(), sud: b.getSouth(), est: b.getEast(), nord: b.getNorth(), zoom: map.getZoom()
    });
    var url = box.dataset.cells + (box.dataset.cells.indexOf('?') < 0 ? '?' : '&') + params.toString();
    fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin', signal: pending.signal})
      .then(function (response) { return response.ok ? response.json() : {cells: []}; })
      .then(function (answer) {
        layer.clearLayers();
        answer.cells.forEach(function (cell) {
          var title = cell.count + ' ' + (box.dataset.points || '');
          var marker = L.marker([cell.lat, cell.lon], {icon: icon(cell.count), title: title, alt: title, keyboard: true});
          marker.on('click', function () {
            map.setView([cell.lat, cell.lon], Math.min(map.getZoom() + 2, 19));
          });
          layer.addLayer(marker);
        });
      })
      .catch(function () { /* a newer request replaced this one */ });
  }

  map.on('moveend', load);
  if (west === east && south === north) {
    map.setView([south, west], 14);
  } else {
    map.fitBounds([[south, west], [north, east]], {padding: [20, 20]});
  }
})();
