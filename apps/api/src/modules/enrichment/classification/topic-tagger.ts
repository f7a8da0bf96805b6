import type { ModelProvenance } from './model-provenance';
import { tokenizeDetailed } from './text-features';

/**
 * A topic and the keywords that signal it. Keywords are lowercase words or phrases matched on
 * word boundaries (`check in` also matches "check-in"); a trailing `*` on a word matches any word
 * that starts with it (`delay*` → delay, delayed, delays).
 */
export interface TopicDefinition {
  id: string;
  label: string;
  keywords: string[];
}

export interface TopicMatch {
  topic: string;
  label: string;
  /** The keywords found, as written in the text's tokens. */
  matches: string[];
  /** Share of this text's keyword hits that are this topic's, in (0, 1]. */
  score: number;
}

export interface TopicResult {
  topics: TopicMatch[];
  provenance: ModelProvenance;
}

export const DEFAULT_TOPICS_VERSION = '1';

/** A default topic set for customer feedback (travel and service oriented; configurable per organisation). */
export const DEFAULT_TOPICS: TopicDefinition[] = [
  {
    id: 'delay',
    label: 'Delay',
    keywords: ['delay*', 'late', 'running late', 'still waiting', 'waiting for hours', 'tarmac', 'missed connection', 'missed my connection', 'on time', 'behind schedule'],
  },
  {
    id: 'cancellation',
    label: 'Cancellation',
    keywords: ['cancel*', 'called off'],
  },
  {
    id: 'baggage',
    label: 'Baggage',
    keywords: ['bag', 'bags', 'baggage', 'luggage', 'suitcase*', 'carry on', 'checked bag*', 'lost bag*', 'stroller', 'baggage claim'],
  },
  {
    id: 'customer_service',
    label: 'Customer service',
    keywords: ['customer service', 'customerservice', 'customer care', 'support', 'agent*', 'representative*', 'rep', 'on hold', 'hold time', 'call center', 'call centre', 'hung up', 'call back', 'no response', 'no reply', 'phone line*', 'helpline'],
  },
  {
    id: 'booking',
    label: 'Booking',
    keywords: ['book', 'booked', 'booking*', 'reservation*', 'rebook*', 'itinerary', 'ticket*', 'confirmation', 'change my flight', 'change fee*', 'reschedul*'],
  },
  {
    id: 'refund',
    label: 'Refund',
    keywords: ['refund*', 'reimburs*', 'compensat*', 'voucher*', 'money back', 'chargeback', 'credit back'],
  },
  {
    id: 'seating',
    label: 'Seating',
    keywords: ['seat', 'seats', 'seating', 'seated', 'legroom', 'leg room', 'upgrade*', 'exit row', 'middle seat', 'aisle', 'first class', 'business class', 'economy'],
  },
  {
    id: 'food',
    label: 'Food and drink',
    keywords: ['food', 'meal*', 'snack*', 'drink*', 'beverage*', 'coffee', 'catering', 'hungry', 'menu', 'pretzels', 'breakfast', 'lunch', 'dinner'],
  },
  {
    id: 'staff_attitude',
    label: 'Staff attitude',
    keywords: ['rude*', 'attitude', 'unprofessional', 'disrespect*', 'condescending', 'yelled', 'shouted', 'crew', 'staff', 'employee*', 'attendant*', 'polite', 'friendly', 'courteous'],
  },
  {
    id: 'website_app',
    label: 'Website and app',
    keywords: ['website*', 'web site', 'site', 'app', 'apps', 'online', 'login', 'log in', 'password', 'error message', 'crash*', 'glitch*', 'browser', 'checkout'],
  },
  {
    id: 'price',
    label: 'Price and fees',
    keywords: ['price*', 'pricing', 'fare*', 'expensive', 'cheap*', 'cost*', 'fee', 'fees', 'overcharg*', 'charged', 'too much', 'afford*'],
  },
  {
    id: 'airport',
    label: 'Check-in and boarding',
    keywords: ['check in', 'checkin', 'boarding', 'gate', 'security', 'kiosk', 'queue*', 'long line*', 'terminal'],
  },
  {
    id: 'wifi_entertainment',
    label: 'Wi-Fi and entertainment',
    keywords: ['wifi', 'wi fi', 'internet', 'entertainment', 'movie*', 'tv', 'screen*', 'headphone*'],
  },
];

interface CompiledKeyword {
  words: { text: string; prefix: boolean }[];
  source: string;
}

export interface TopicTagger {
  readonly provenance: ModelProvenance;
  readonly topics: TopicDefinition[];
  tag(text: string): TopicResult;
}

/**
 * A keyword topic tagger. With custom topics give a `version` that changes whenever they do: the
 * version is stored with every tag, so it must tell the topic sets apart.
 */
export function createTopicTagger(
  options: { topics?: TopicDefinition[]; version?: string; model?: string } = {},
): TopicTagger {
  const topics = options.topics ?? DEFAULT_TOPICS;
  if (options.topics && !options.version) throw new Error('custom topics need a version');
  const provenance: ModelProvenance = {
    model: options.model ?? 'keyword-topics',
    version: options.version ?? DEFAULT_TOPICS_VERSION,
  };
  const compiled = topics.map((topic) => ({
    topic,
    keywords: topic.keywords.map(compileKeyword).filter((keyword) => keyword.words.length > 0),
  }));
  return {
    provenance,
    topics,
    tag(text: string): TopicResult {
      // Negation off: "no refund" is still about refunds.
      const words = tokenizeDetailed(text, { negationScope: 0 }).map((token) => token.base);
      const found = compiled
        .map(({ topic, keywords }) => {
          const matches: string[] = [];
          for (let start = 0; start < words.length; start++) {
            for (const keyword of keywords) {
              if (matchesAt(words, start, keyword)) matches.push(words.slice(start, start + keyword.words.length).join(' '));
            }
          }
          return { topic, matches: [...new Set(matches)], hits: matches.length };
        })
        .filter((entry) => entry.hits > 0);
      const totalHits = found.reduce((sum, entry) => sum + entry.hits, 0);
      return {
        topics: found
          .sort((a, b) => b.hits - a.hits)
          .map((entry) => ({
            topic: entry.topic.id,
            label: entry.topic.label,
            matches: entry.matches,
            score: Math.round((entry.hits / totalHits) * 1000) / 1000,
          })),
        provenance,
      };
    },
  };
}

function compileKeyword(keyword: string): CompiledKeyword {
  // The keyword goes through the same tokenizer as the text, so "check-in" and "check in" agree.
  const parts = keyword.toLowerCase().trim().split(/\s+/);
  const words = parts.flatMap((part) => {
    const prefix = part.endsWith('*');
    const tokens = tokenizeDetailed(prefix ? part.slice(0, -1) : part, { negationScope: 0 }).map((token) => token.base);
    return tokens.map((text, index) => ({ text, prefix: prefix && index === tokens.length - 1 }));
  });
  return { words, source: keyword };
}

function matchesAt(words: string[], start: number, keyword: CompiledKeyword): boolean {
  if (start + keyword.words.length > words.length) return false;
  return keyword.words.every(({ text, prefix }, offset) => {
    const word = words[start + offset];
    return prefix ? word.startsWith(text) : word === text;
  });
}
