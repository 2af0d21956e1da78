// A promise left floating and one passed where nothing awaits it: the type-aware
// rules must report both (src/testing/lint-rules.test.ts). Never imported.
export function reload(): void {
  fetch('/deploy.json');
  document.addEventListener('click', async () => {
    await fetch('/deploy.json');
  });
}
