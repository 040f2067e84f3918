/** One section of the services list: a qark, or `national` for the services for all Albania. */
export interface ServiceArea {
  key: string;
  /** The kinds each card's service gives, in the section's order. */
  cards: ReadonlyArray<{ kinds: readonly string[] }>;
}

/** What the filter shows for a choice of qark and kind. */
export interface FilterOutcome {
  /** Per section, in order: whether it shows, and which of its cards show. */
  areas: Array<{ shown: boolean; cards: boolean[] }>;
  /** How many cards show. */
  count: number;
  /** The chosen qark has nothing of the chosen kind: the section stays, to say so. */
  emptyChoice: boolean;
  /** The services for all Albania show, so the "nothing here" note can point to them. */
  nationalShown: boolean;
}

/**
 * The services to show for a qark and a kind ('' = any). A chosen qark keeps the national
 * services below it, since under a qark they are what is left to turn to; a kind hides every
 * card without it, and every section left empty except the chosen qark, which stays to say it
 * has nothing of that kind.
 * @example filterServices(areas, { qark: 'vlore', kind: 'shelter' }).count // 2
 */
export function filterServices(areas: readonly ServiceArea[], choice: { qark: string; kind: string }): FilterOutcome {
  let count = 0;
  let emptyChoice = false;
  let nationalShown = false;
  const shownAreas = areas.map((area) => {
    const isChosen = area.key === choice.qark;
    const isNational = area.key === 'national';
    const inPlace = !choice.qark || isChosen || isNational;
    const cards = area.cards.map((card) => inPlace && (!choice.kind || card.kinds.includes(choice.kind)));
    const shownCards = cards.filter(Boolean).length;
    count += shownCards;
    const shown = inPlace && !(choice.kind && shownCards === 0 && !isChosen);
    if (isChosen && choice.kind && shownCards === 0) emptyChoice = true;
    if (isNational) nationalShown = shown;
    return { shown, cards };
  });
  return { areas: shownAreas, count, emptyChoice, nationalShown };
}

/**
 * The CSS that makes the kind anchors (`#kind-x`) filter without JavaScript: one rule per kind,
 * since CSS cannot compare an id with an attribute. It goes into the page's head, and stops
 * applying once the script filters instead (`.is-enhanced`).
 * @example kindFilterCss(['shelter']) // '.services:not(.is-enhanced) #kind-shelter:target~… {display:none}'
 */
export function kindFilterCss(kinds: readonly string[]): string {
  return kinds
    .map((kind) => `.services:not(.is-enhanced) #kind-${kind}:target~.service-areas [data-kinds]:not([data-kinds~="${kind}"]){display:none}`)
    .join('');
}
