import { z } from 'zod';
import { NUL_CHARACTER_MESSAGE, hasNoNulCharacter } from '../common/storable-text';
import { BOARD_COMMENT_STATUSES, INITIATIVE_STATUSES, type BoardCommentStatus, type InitiativeKind, type InitiativeStatus, type InitiativeUpdateKind } from './initiative-enums';

/** The public board (`/api/board`): what anyone may read about public initiatives, and what signed-in customers do there. */

export const BOARD_SORTS = ['votes', 'recent'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** GET /api/board/initiatives */
export const listBoardQuerySchema = z.strictObject({
  status: z.enum(INITIATIVE_STATUSES).optional(),
  sort: z.enum(BOARD_SORTS).default('votes'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListBoardQuery = z.input<typeof listBoardQuerySchema>;

/** A comment body: 400 naming `body` when empty, too long or unstorable. */
export const BOARD_COMMENT_MAX_LENGTH = 2_000;
export const postBoardCommentRequestSchema = z.strictObject({
  body: z.string().trim().min(1).max(BOARD_COMMENT_MAX_LENGTH).refine(hasNoNulCharacter, NUL_CHARACTER_MESSAGE),
});
export type PostBoardCommentRequest = z.infer<typeof postBoardCommentRequestSchema>;

/** GET /api/board/moderation/comments (owners and admins). */
export const listBoardModerationQuerySchema = z.strictObject({
  status: z.enum(BOARD_COMMENT_STATUSES).default('pending'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListBoardModerationQuery = z.input<typeof listBoardModerationQuerySchema>;

export const BOARD_MODERATION_DECISIONS = ['approve', 'reject'] as const;
export type BoardModerationDecision = (typeof BOARD_MODERATION_DECISIONS)[number];

/** POST /api/board/moderation/comments/:id */
export const moderateBoardCommentRequestSchema = z.strictObject({
  decision: z.enum(BOARD_MODERATION_DECISIONS),
});
export type ModerateBoardCommentRequest = z.infer<typeof moderateBoardCommentRequestSchema>;

/** One card on the board. `votes`: distinct customers who voted or whose feedback is linked. */
export interface BoardInitiativeSummary {
  id: string;
  title: string;
  problem: string;
  status: InitiativeStatus;
  kind: InitiativeKind;
  votes: number;
  followers: number;
  commentCount: number;
  updatedAt: string;
  /** What the signed-in customer has done here; null when no customer is signed in. */
  viewer: BoardViewerState | null;
}

/** GET /api/board/initiatives: `signedIn` tells the page whether to offer actions or the portal sign-in. */
export interface BoardList {
  initiatives: BoardInitiativeSummary[];
  signedIn: boolean;
}

/** What the signed-in customer has done on one initiative; null on the detail when nobody is signed in. */
export interface BoardViewerState {
  /** Voted, or counted as a voter because their feedback is linked. */
  voted: boolean;
  following: boolean;
  /** Their feedback is linked: that is their vote, and removing the explicit vote does not remove it. */
  hasLinkedFeedback: boolean;
}

/** An approved comment, with the author's first name only ("A customer" when unknown): no contact details ever. */
export interface BoardCommentDto {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

/** One step of the public status timeline. */
export interface BoardTimelineEntry {
  kind: 'created' | InitiativeUpdateKind;
  message: string | null;
  at: string;
}

export interface BoardInitiativeDetail extends BoardInitiativeSummary {
  targetDate: string | null;
  outcomeNote: string | null;
  createdAt: string;
  timeline: BoardTimelineEntry[];
  comments: BoardCommentDto[];
}

/** The answer to a vote or follow change: the new counts and the viewer's state. */
export interface BoardActionResult {
  initiativeId: string;
  votes: number;
  followers: number;
  viewer: BoardViewerState;
}

/** The answer to posting a comment: it waits for moderation. */
export interface BoardPostedComment {
  id: string;
  body: string;
  status: BoardCommentStatus;
  createdAt: string;
}

/** A comment as moderators see it. */
export interface BoardModerationCommentDto {
  id: string;
  initiativeId: string;
  initiativeTitle: string;
  /** The customer's name as staff know it (staff may see it; the board shows the first name only). */
  customerName: string | null;
  customerId: string;
  body: string;
  status: BoardCommentStatus;
  createdAt: string;
  moderatedAt: string | null;
}
