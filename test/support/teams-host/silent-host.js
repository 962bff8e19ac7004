// Records what the framed tab asks of this parent (teams-js calls by name) and never answers,
// so the test can tell the tab really tried to initialise before it fell back to local mode.
window.heardFromTab = [];
window.addEventListener('message', (event) => {
  if (event.source === document.getElementById('tab').contentWindow) {
    window.heardFromTab.push(event.data && event.data.func);
  }
});
