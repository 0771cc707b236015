// The busy page for `npm run bench`: a synthetic OWNER profile page of an invented person (Wren
// Calloway) in the shape of LinkedIn's 2025-26 layout (test/e2e/pages/linkedin-owner.html), grown to about
// 5,000 elements the way a busy real page is: a long career, an activity card, the global navigation, a
// messaging overlay and a footer. `npm run bench` uses it for the MutationObserver measurement.
//
// Two properties matter and the bench checks both with the reader in node before using the page:
// - it is the owner's view (the "Edit intro" pencil), so the extension reads it and stores the reading;
// - it stops after Education: no Skills section and nothing later (no Interests, no "People also viewed"),
//   so the reader cannot tell whether those sections are still loading. Skills and the later fields stay
//   unknown and the content script keeps its MutationObserver connected, which is what is being measured.
//
// Deterministic (no randomness, no dates): every run measures the same page, made in memory.
const SLUG = 'wren-calloway';
/** The address the bench serves the page at. */
export const BUSY_URL = `https://www.linkedin.com/in/${SLUG}/`;

// Invented employers, places and words; cycled through to make many distinct-looking entries.
const ORGS = [
  'Ashby Borough Council',
  'Kestrel Transit Lab',
  'Halden & Marsh Surveyors',
  'Northway Rail Partnership',
  'Cobble Lane Analytics',
  'Fenwick Street Cooperative',
  'Orrin Valley Water',
  'Bramblegate Institute',
];
const ROLES = [
  'Transit Data Analyst',
  'Senior GIS Analyst',
  'Data Engineer',
  'Research Assistant',
  'Timetable Planner',
  'Survey Technician',
  'Operations Analyst',
  'Graduate Planner',
];
const PLACES = ['Bristol, England, United Kingdom', 'Cardiff, Wales, United Kingdom', 'Bath, England'];
const MONTHS = ['Jan', 'Mar', 'May', 'Jul', 'Sep', 'Nov'];
const WORDS =
  'timetables ridership footfall corridors interchange modelling census boundaries cycling routes bus ' +
  'priority surveys dashboards open data accessibility journey planning stop spacing fares analysis';
const sentence = (i, n) => {
  const w = WORDS.split(' ');
  return Array.from({ length: n }, (_, k) => w[(i * 7 + k * 3) % w.length]).join(' ');
};
const icon = (name) =>
  `<svg data-test-icon="${name}" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16v16H4z"></path></svg>`;

function nav() {
  const items = [
    'Home',
    'My Network',
    'Jobs',
    'Messaging',
    'Notifications',
    'Me',
    'For Business',
    'Learning',
  ];
  const li = items
    .map(
      (label, i) =>
        `<li><a href="/nav/${i}/"><span>${icon(`nav-${i}`)}</span><span><span>${label}</span></span></a></li>`,
    )
    .join('\n        ');
  return `<header class="global-nav">
    <div><a href="/feed/" aria-label="LinkedIn">${icon('logo')}</a>
      <div><input type="text" aria-label="Search" placeholder="Search"></div>
      <nav><ul>
        ${li}
      </ul></nav>
    </div>
  </header>`;
}

function topCard() {
  return `<div data-view-name="profile-top-card" componentkey="com.linkedin.sdui.profile.card.refACoAAbenchTopcard">
      <section>
        <a href="/in/${SLUG}/overlay/background-photo/" class="banner" aria-label="Cover photo"></a>
        <a data-view-name="profile-top-card-member-photo" href="/in/${SLUG}/overlay/photo/">
          <div aria-label="Profile photo"><figure data-view-name="image"><img class="photo" alt="Wren Calloway" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==#profile-displayphoto-shrink_200_200"></figure></div>
        </a>
        <div><a href="/in/${SLUG}/edit/intro/" aria-label="Edit intro">✎</a></div>
        <div><a href="/in/${SLUG}/"><h1>Wren Calloway</h1></a></div>
        <div>
          <p>Transit data analyst · timetables, ridership and open data for local buses</p>
          <p>Ashby Borough Council · Bramblegate Institute</p>
          <div>
            <p>Bristol, England, United Kingdom</p>
            <p>·</p>
            <p><a href="/in/${SLUG}/overlay/contact-info/">Contact info</a></p>
          </div>
        </div>
        <div>
          <a data-view-name="profile-top-card-view-all-connections" href="/in/${SLUG}/overlay/connections/"><p>500+ connections</p></a>
        </div>
        <div><button type="button">Open to</button> <button type="button">Add profile section</button></div>
      </section>
    </div>`;
}

function about() {
  const text = Array.from({ length: 6 }, (_, i) => sentence(i, 14)).join('. ');
  return `<div data-view-name="profile-card-about">
      <section>
        <div><div></div></div>
        <div><div><h2>About</h2></div></div>
        <div><p><span data-testid="expandable-text-box">I make bus timetables that people can read. ${text}.</span></p></div>
      </section>
    </div>`;
}

function activity(posts) {
  const items = Array.from(
    { length: posts },
    (_, i) => `<li>
              <div><div>
                <div><a href="/in/${SLUG}/"><span>Wren Calloway</span></a><span> · ${i + 1}w</span></div>
                <a href="/posts/${SLUG}_activity-${1000 + i}/"><div><p><span>${sentence(i, 22)}</span></p></div></a>
                <figure data-view-name="image"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="></figure>
                <div><ul>
                  <li><button type="button"><span>${icon('like')}</span><span>${(i * 13) % 90} reactions</span></button></li>
                  <li><button type="button"><span>${icon('comment')}</span><span>${i % 7} comments</span></button></li>
                  <li><button type="button"><span>${icon('repost')}</span><span>Repost</span></button></li>
                </ul></div>
              </div></div>
            </li>`,
  ).join('\n            ');
  return `<div data-view-name="profile-card-recent-activity">
      <section>
        <div><div></div></div>
        <div><div><h2>Activity</h2><p>1,204 followers</p></div></div>
        <div>
          <ul>
            ${items}
          </ul>
        </div>
      </section>
    </div>`;
}

function position(i) {
  const org = ORGS[i % ORGS.length];
  const role = ROLES[(i * 3) % ROLES.length];
  const year = 2025 - i;
  const when =
    i === 0
      ? `${MONTHS[0]} ${year} - Present · 1 yr 4 mos`
      : `${MONTHS[i % 6]} ${year} - ${MONTHS[(i + 2) % 6]} ${year + 1} · 1 yr`;
  return `<div componentkey="entity-collection-item-exp-${i + 1}"><div><div>
            <div><div>
              <a href="/company/${200 + (i % ORGS.length)}/">
                <figure data-view-name="image" aria-label="${org} logo"><img alt="${org} logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="></figure>
              </a>
              <div>
                <a href="/in/${SLUG}/edit/forms/position/${300 + i}/"><div>
                  <div><div>
                    <p>${role}</p>
                    <p>${org} · Full-time</p>
                  </div></div>
                  <p>${when}</p>
                  <p>${PLACES[i % PLACES.length]}</p>
                </div></a>
                <div><p><span>${sentence(i, 30)}.</span></p></div>
                <div><ul>
                  <li><div><span>${icon('skills')}</span><span>Skills: ${sentence(i + 1, 3)}</span></div></li>
                  <li><div><span>${icon('media')}</span><span>${sentence(i + 2, 4)}</span></div></li>
                </ul></div>
              </div>
            </div></div>
            <div></div>
          </div></div></div>`;
}

function experience(roles) {
  const items = Array.from({ length: roles }, (_, i) => position(i)).join(
    '\n          <div><hr role="presentation"></div>\n          ',
  );
  return `<div data-view-name="profile-card-experience">
      <section>
        <div><div></div></div>
        <div><div><h2>Experience</h2>
          <div><a data-view-name="experience-edit-button" href="/in/${SLUG}/edit/forms/position/new/"><span>Add</span></a></div>
        </div></div>
        <div>
          ${items}
        </div>
      </section>
    </div>`;
}

function education() {
  const schools = [
    ['Bramblegate Institute', 'MSc, Transport Planning', '2014 – 2015'],
    ['University of Orrin Valley', 'BSc, Geography', '2010 – 2013'],
  ];
  const items = schools
    .map(
      ([school, degree, years], i) => `<div componentkey="entity-collection-item-edu-${i + 1}"><div>
            <a href="/in/${SLUG}/edit/forms/education/${400 + i}/"><div>
              <p>${school}</p>
              <p>${degree}</p>
            </div><p>${years}</p></a>
          </div></div>`,
    )
    .join('\n          ');
  return `<div data-view-name="profile-card-education">
      <section>
        <div><div></div></div>
        <div><div><h2>Education</h2></div></div>
        <div>
          ${items}
        </div>
      </section>
    </div>`;
}

// Inside the profile (<main>), after Education: a list that is none of the profile's sections (no hook, no
// heading), like the suggestions and the posts LinkedIn keeps adding to a profile page. The bench makes half
// of its mutations in #bench-churn-profile: the content script must look at them (they are where the
// profile is) and finds nothing new.
function profileChurn(items) {
  const li = Array.from({ length: items }, (_, i) => `<li><p>Suggestion ${i + 1}</p></li>`);
  return `<div>
      <ul id="bench-churn-profile">
        ${li.join('\n        ')}
      </ul>
    </div>`;
}

// LinkedIn's messaging overlay, outside the profile: a list that real pages keep changing (presence, new
// messages). The bench makes the other half of its 1,000 mutations in #bench-churn.
function messaging(cards) {
  const items = Array.from(
    { length: cards },
    (_, i) => `<li><div class="msg-conversation-card">
            <a href="/messaging/thread/${500 + i}/"><div>
              <figure data-view-name="image"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="></figure>
              <div><p><span>Contact ${i + 1}</span></p><p><span>${sentence(i + 5, 8)}</span></p></div>
              <div><time>${(i % 12) + 1}h</time><span>${icon('presence')}</span></div>
            </div></a>
          </div></li>`,
  ).join('\n          ');
  return `<aside aria-label="Messaging" class="msg-overlay">
    <div><div><span>Messaging</span><button type="button">${icon('compose')}</button></div>
      <ul id="bench-churn">
          ${items}
      </ul>
    </div>
  </aside>`;
}

function footer(links) {
  const li = Array.from(
    { length: links },
    (_, i) => `<li><a href="/legal/${i}/"><span>Link ${i + 1}</span></a></li>`,
  );
  return `<footer><ul>
    ${li.join('\n    ')}
  </ul><p>LinkedIn Corporation © 2026</p></footer>`;
}

const html = `<!DOCTYPE html>
<!-- Synthetic page (an invented person) for \`npm run bench\`, generated by bench/make-busy-page.mjs: an
     OWNER's profile in the shape of LinkedIn's 2025-26 layout with about 5,000 elements, ending after
     Education (no Skills or later sections) so the content script keeps observing. No real member's data. -->
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Wren Calloway | LinkedIn</title>
  <style>
    body { font: 15px/1.4 system-ui, sans-serif; margin: 0; background: #f4f2ee; color: #1d1d1d; }
    header.global-nav { background: #fff; border-bottom: 1px solid #ddd; }
    header.global-nav ul, footer ul, aside ul { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; }
    main { max-width: 800px; margin: 24px auto; }
    main > div { background: #fff; border-radius: 8px; margin-bottom: 12px; padding: 16px 24px; }
    h1, h2 { margin: 8px 0; }
    hr { border: 0; border-top: 1px solid #eee; }
    figure { margin: 0; }
    svg { width: 16px; height: 16px; }
    .banner { display: block; height: 120px; background: #c4b5a9; border-radius: 8px 8px 0 0; margin: -16px -24px 0; }
    .photo { width: 96px; height: 96px; border-radius: 50%; background: #7a6a8f; margin-top: -48px; border: 4px solid #fff; }
    main img:not(.photo) { width: 32px; height: 32px; }
    .msg-overlay { position: fixed; right: 8px; bottom: 0; width: 280px; max-height: 50vh; overflow: auto; background: #fff; }
    .msg-overlay ul { display: block; padding: 0; }
    .msg-overlay img { width: 24px; height: 24px; }
  </style>
</head>
<body>
  ${nav()}
  <main>
    ${topCard()}

    ${about()}

    ${activity(20)}

    ${experience(72)}

    ${education()}

    ${profileChurn(20)}
  </main>
  ${messaging(70)}
  ${footer(138)}
</body>
</html>
`;

/** The page's HTML. */
export const busyPage = () => html;
