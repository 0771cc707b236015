// Is the LinkedIn profile on screen (someone else's) one of the viewer's 1st-degree connections? Read from the
// top card's distance badge, as LinkedIn's 2024 layout draws it:
//   <span class="distance-badge ..."><span class="visually-hidden">1st degree connection</span>
//   <span class="dist-value" aria-hidden="true">1st</span></span>
// Only a badge in the same card as the page's name counts (never a "People also viewed" entry). Anything
// else (no badge, another layout, another language) is "don't know": false, and nothing is ticked.
export function isFirstDegree(doc: Document): boolean {
  const card = doc.querySelector('main h1')?.closest('section');
  const badge = card?.querySelector('.distance-badge .dist-value');
  return badge?.textContent?.trim() === '1st';
}
