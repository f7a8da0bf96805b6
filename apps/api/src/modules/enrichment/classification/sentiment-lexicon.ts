/**
 * The built-in valence lexicon of the cold-start sentiment scorer: words on a −4…+4 scale in the
 * spirit of AFINN/VADER, cut down to what customer feedback uses, plus service words (`delayed`,
 * `stranded`, `refund`...) that general lexicons miss. Keys are lowercase tokens as the tokenizer
 * emits them (words, emoji, emoticons). Bump
 * `LEXICON_SENTIMENT_VERSION` in lexicon-sentiment.ts when this list changes: scores record it.
 */
export const SENTIMENT_LEXICON: Record<string, number> = {
  // positive
  thanks: 1.5, thank: 1.5, thx: 1.5, ty: 1, grateful: 2.5, appreciate: 2, appreciated: 2, appreciates: 2,
  great: 3, good: 2, nice: 2, love: 3, loved: 3, loving: 2.5, lovely: 3, awesome: 3.5, amazing: 3.5,
  excellent: 3.5, best: 3, wonderful: 3.5, fantastic: 3.5, brilliant: 3.5, outstanding: 3.5, superb: 3.5,
  perfect: 3, happy: 2.5, glad: 2, pleased: 2, delighted: 3, impressed: 2.5, helpful: 2.5, friendly: 2.5,
  kind: 2, pleasant: 2.5, comfortable: 2, smooth: 2, easy: 1.5, quick: 1.5, fast: 1.5, efficient: 2,
  recommend: 2, enjoy: 2, enjoyed: 2.5, fun: 2, cool: 1.5, yay: 2, beautiful: 3, sweet: 2, welcome: 1,
  better: 1.5, fine: 0.8, ok: 0.5, okay: 0.5, polite: 2, professional: 2, courteous: 2, resolved: 1.5,
  solved: 1.5, fixed: 1, excited: 2.5, favorite: 2.5, favourite: 2.5, congrats: 2, congratulations: 2,
  hero: 2.5, heroes: 2.5, rock: 1.5, rocks: 2, win: 2, wow: 1.5, '♥': 3, '<3': 3,
  // negative: general
  bad: -2.5, poor: -2, worse: -2.5, worst: -3.2, terrible: -3, awful: -3, horrible: -3, horrendous: -3.5,
  dreadful: -3, hate: -3, hated: -3, disgusting: -3.5, disgusted: -3, pathetic: -3, useless: -3,
  ridiculous: -2.5, absurd: -2, unacceptable: -3, disappointed: -2.5, disappointing: -2.5, disappointment: -2.5,
  frustrated: -2.5, frustrating: -2.5, frustration: -2.5, annoyed: -2, annoying: -2, angry: -3, mad: -2.5,
  furious: -3.5, upset: -2, sad: -2, unhappy: -2.5, rude: -3, incompetent: -3, incompetence: -3,
  unprofessional: -3, sucks: -3, suck: -3, sucked: -3, crap: -3, shit: -3, wtf: -3, joke: -1.5, mess: -2,
  nightmare: -3, disaster: -3, fail: -2, failed: -2, fails: -2, failure: -2, broken: -2, dirty: -2, stale: -1.5, cold: -1, smelly: -2, cramped: -2,
  waste: -2, wasted: -2, wasting: -2, scam: -3, lie: -2.5, lied: -2.5, lies: -2.5, liar: -3, problem: -1.5,
  problems: -1.5, issue: -1, issues: -1, complaint: -2, complain: -2, wrong: -2, error: -1.5, never: -0.5,
  unfortunately: -1.5, sorry: -0.5, stressful: -2.5, stress: -2, painful: -2, ugh: -2, hell: -2,
  // negative: service failures
  delay: -1.5, delayed: -2, delays: -1.5, late: -1.5, cancelled: -2, canceled: -2, cancellation: -1.5,
  lost: -2, losing: -2, damaged: -2.5, stuck: -2, stranded: -3, missed: -1.5, overbooked: -2,
  waiting: -1, hold: -0.5, hrs: -0.5, hours: -0.5, nobody: -1, refund: -0.5, unresolved: -2,
  unanswered: -2, ignored: -2.5, ignoring: -2.5, charged: -1, overcharged: -3, impossible: -2,
  '😡': -3, '😠': -3, '😤': -2.5, '😢': -2, '😭': -2.5, '😞': -2, '😒': -2, '👎': -2.5, '🙄': -2,
  '😊': 2.5, '😀': 2.5, '😃': 2.5, '😁': 2.5, '😍': 3, '❤': 3, '👍': 2, '👏': 2, '🙏': 1.5, '🎉': 2.5,
  ':)': 2, ':-)': 2, ':d': 2.5, ';)': 1.5, '=)': 2, ':(': -2, ':-(': -2, ":'(": -2.5, ':/': -1.5,
};

/** Words that strengthen the next word's valence. */
export const INTENSIFIERS: Record<string, number> = {
  very: 1.5, really: 1.4, so: 1.4, extremely: 1.8, totally: 1.5, absolutely: 1.6, completely: 1.5,
  utterly: 1.7, super: 1.5, incredibly: 1.7, truly: 1.4, too: 1.3, most: 1.4, such: 1.3, highly: 1.5,
  seriously: 1.4, beyond: 1.4,
};

/** Words that weaken the next word's valence. */
export const DIMINISHERS: Record<string, number> = {
  slightly: 0.5, somewhat: 0.6, kinda: 0.6, bit: 0.6, little: 0.7, barely: 0.4,
  hardly: 0.4, fairly: 0.8, quite: 0.9, almost: 0.6,
};
