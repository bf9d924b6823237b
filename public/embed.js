// DSR Tracker embed helper. Add it once to a page that embeds DSR Tracker
// charts with <iframe ... data-dsr-embed>; it resizes each such frame to fit
// its chart. The chart page posts {type: "dsr-embed-height", height} to its
// parent whenever its height changes.
//
//   <iframe src="https://example.org/dsr/?embed=agreements" data-dsr-embed
//           width="100%" height="600" style="border:0" title="DSR Tracker chart"></iframe>
//   <script src="https://example.org/dsr/embed.js" async></script>
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'dsr-embed-height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-dsr-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(Math.max(100, Math.min(data.height, 10000))) + 'px';
      }
    }
  });
})();
