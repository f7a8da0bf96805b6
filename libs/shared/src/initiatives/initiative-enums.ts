export const INITIATIVE_STATUSES = ['proposed', 'planned', 'in_progress', 'shipped', 'declined'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** An improvement answers what customers asked for; an incident answers something going wrong now. */
export const INITIATIVE_KINDS = ['improvement', 'incident'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Who made the link: staff from a case or search, a customer on the board, or a surge's incident. */
export const INITIATIVE_LINK_SOURCES = ['staff', 'customer', 'surge'] as const;
export type InitiativeLinkSource = (typeof INITIATIVE_LINK_SOURCES)[number];

export const BOARD_COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type BoardCommentStatus = (typeof BOARD_COMMENT_STATUSES)[number];

/** What an update tells people: the initiative shipped, was declined, or an incident moved on. */
export const INITIATIVE_UPDATE_KINDS = ['shipped', 'declined', 'incident_update'] as const;
export type InitiativeUpdateKind = (typeof INITIATIVE_UPDATE_KINDS)[number];

/** Per person per update: queued through the outbox, or why not. */
export const INITIATIVE_NOTICE_OUTCOMES = ['queued', 'no_consent', 'over_budget', 'unreachable'] as const;
export type InitiativeNoticeOutcome = (typeof INITIATIVE_NOTICE_OUTCOMES)[number];

export const SURGE_STATUSES = ['open', 'incident', 'dismissed', 'ended'] as const;
export type SurgeStatus = (typeof SURGE_STATUSES)[number];

/** A surge is on a topic alone, or on a topic in one location or for one product. */
export const SURGE_DIMENSIONS = ['topic', 'location', 'product'] as const;
export type SurgeDimension = (typeof SURGE_DIMENSIONS)[number];
