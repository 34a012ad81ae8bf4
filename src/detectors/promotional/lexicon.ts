/**
 * Cue data for the `promotional` rule. Phrases are compiled by `compilePhrases` (whole words, any
 * whitespace, both apostrophes, `{slot}` alternatives). Tune the rule here; the logic that decides
 * when a cue counts (position, line shape, quotes, attribution) lives in the sibling modules.
 */

/** Places an outlet sends readers to. Generic platform names, not any outlet's own brand. */
export const PLATFORMS = [
  'WhatsApp', 'Telegram', 'YouTube', 'Facebook', 'Instagram', 'Twitter', 'TikTok', 'LinkedIn', 'Threads', 'Bluesky',
  'Snapchat', 'Google News', 'Apple News', 'Spotify', 'Apple Podcasts', 'Google Podcasts', 'Substack', 'Rumble', 'Mastodon',
  'Flipboard', 'Pinterest', 'Reddit', 'Twitch', 'Discord', 'Signal', 'Viber', 'WeChat', 'Google Play', 'App Store',
];

/** Things an outlet sells or plugs: its own products and channels. */
export const PRODUCT_NOUNS = [
  'newsletter', 'newsletters', 'podcast', 'podcasts', 'app', 'apps', 'channel', 'channels', 'alerts', 'news alerts',
  'notifications', 'briefing', 'briefings', 'digest', 'bulletin', 'e-paper', 'epaper', 'subscription', 'subscriptions',
  'membership', 'premium', 'free trial', 'livestream', 'live stream', 'episode', 'episodes', 'webinar', 'inbox',
  'mailbox', 'push notifications', 'daily edition', 'print edition', 'digital edition', 'unlimited access', 'digital access',
];

/**
 * Imperative verbs that open a call to action.
 * - `short`: the verb sells on its own in a short heading-like line ("Subscribe to The Week"); the
 *   others need evidence in the sentence (our/us, a product noun, a platform, a domain, "here").
 * - `next`: words one of which must follow, for verbs that also open ordinary sentences as nouns or
 *   prepositions ("Like many residents …", "Tap water …", "Order was restored …").
 * - `weak`: only ever joins a neighbouring plug ("Escape your echo chamber.").
 * - `always`: sells whenever it opens a sentence in the outlet's voice ("Subscribe to …").
 */
export interface Imperative {
  verb: string;
  always?: boolean;
  short?: boolean;
  next?: readonly string[];
  weak?: boolean;
}

const OBJECTS = ['our', 'us', 'this', 'the', 'it', 'now', 'today', 'here', 'free', 'your', 'a'];
/** What follows "subscribe"/"sign up" as a verb; "Subscribe buttons will appear" is a noun phrase. */
const SIGN_UP_NEXT = ['to', 'for', 'now', 'today', 'here', 'and', 'or', 'free', 'on', 'at', 'via', 'with', 'using', 'below', 'by', 'in'];

export const IMPERATIVES: readonly Imperative[] = [
  { verb: 'subscribe', always: true, next: SIGN_UP_NEXT }, { verb: 'sign up', always: true, next: SIGN_UP_NEXT },
  { verb: 'signup', always: true, next: SIGN_UP_NEXT }, { verb: 'resubscribe', always: true, next: SIGN_UP_NEXT },
  { verb: 'download', short: true, next: [...OBJECTS, 'app', '{name}'] },
  { verb: 'install', short: true, next: [...OBJECTS, 'app'] },
  { verb: 'register', short: true, next: ['now', 'today', 'here', 'for', 'to', 'your', 'free'] },
  { verb: 'donate', short: true, next: ['now', 'today', 'here', 'to', 'and', 'so', 'monthly', 'once'] },
  { verb: 'follow', next: ['us', 'our', 'the', 'along', 'all', 'live', '@', '{name}'] },
  { verb: 'join', next: ['us', 'our', 'the', 'now', 'today', 'more', 'thousands', 'millions', 'over', '{name}'] },
  { verb: 'get' },
  { verb: 'watch', next: ['this', 'the', 'our', 'now', 'live', 'it', 'more', 'here', 'how', 'as', 'what', 'full', 'video'] },
  { verb: 'listen', next: ['to', 'now', 'here', 'live', 'in'] },
  { verb: 'read', next: ['more', 'the full', 'the whole', 'the original', 'the rest', 'our', 'also', 'next', 'it', 'this', 'here', 'on', 'all about', 'the latest'] },
  { verb: 'click' },
  { verb: 'tap', next: ['here', 'the', 'to', 'on', 'this', 'below'] },
  { verb: 'visit' },
  { verb: 'like', next: ['us', 'our', 'this'] },
  { verb: 'share', next: ['this', 'your', 'on', 'with', 'it', 'our'] },
  { verb: 'support', next: ['our', 'us', 'independent', 'local', 'quality', 'nonprofit', 'this', 'journalism', 'reader-funded'] },
  { verb: 'become', next: ['a member', 'a subscriber', 'a supporter', 'a patron', 'a donor', 'an insider', 'a paid', 'one of'] },
  { verb: 'check out' }, { verb: 'find out more' }, { verb: 'learn more' },
  { verb: 'discover', next: ['our', 'more', 'the best'] },
  { verb: 'explore', next: ['our', 'more'] },
  { verb: 'try', next: ['our', 'it', 'the app', 'free', 'for free'] },
  { verb: 'log in', next: ['to', 'here', 'now'] },
  { verb: 'upgrade', next: ['now', 'to', 'your', 'today'] },
  { verb: 'unlock', next: ['full', 'unlimited', 'all', 'this', 'premium', 'exclusive', 'the full', 'access', 'more'] },
  { verb: 'stay', next: ['tuned', 'informed', 'updated', 'connected', 'in the loop', 'up to date', 'ahead', 'on top', 'with us', 'up-to-date'] },
  { verb: 'keep up', next: ['with', 'to date'] },
  { verb: 'tune in' },
  { verb: 'catch', next: ['all the', 'all our', 'every', 'the latest', 'our', 'up'] },
  { verb: 'head to' }, { verb: 'head over to' }, { verb: 'go to' },
  { verb: 'ask', next: ['our', 'us', '{name}'] },
  { verb: 'catch up', next: ['on', 'with'] },
  { verb: "don't miss" }, { verb: 'do not miss' }, { verb: 'never miss' },
  { verb: 'be the first', next: ['to'] },
  { verb: 'continue reading' }, { verb: 'keep reading' }, { verb: 'see more' },
  { verb: 'shop', next: ['now', 'the', 'our', 'deals', 'today', 'at', 'here'] },
  { verb: 'buy', next: ['now', 'tickets', 'the book', 'a copy', 'our', 'your', 'it here'] },
  { verb: 'order', next: ['now', 'today', 'your', 'our', 'a copy', 'the book', 'here'] },
  { verb: 'grab', next: ['your', 'a copy', 'our', 'the app', 'it'] },
  { verb: 'claim', next: ['your', 'a free', 'this offer', 'our'] },
  { verb: 'connect with us', always: true }, { verb: 'send', next: ['us', 'it to', 'your tips', 'tips', 'a tip', 'your story', 'your news'] },
  { verb: 'send us', always: true }, { verb: 'email us', always: true }, { verb: 'e-mail us', always: true },
  { verb: 'write to us', always: true }, { verb: 'contact us', always: true }, { verb: 'help us', always: true },
  { verb: 'add us', always: true }, { verb: 'message us', always: true }, { verb: 'call us', always: true }, { verb: 'text us', always: true },
  { verb: 'turn on', next: ['notifications', 'alerts', 'push', 'breaking'] },
  { verb: 'enable', next: ['notifications', 'alerts', 'push'] },
  { verb: 'bookmark', next: ['this', 'our', 'us'] },
  { verb: 'start', next: ['your', 'a free', 'reading', 'listening', 'watching', 'now', 'today', 'here'] },
  { verb: 'access', next: ['our', 'the full', 'unlimited', 'premium', 'exclusive', 'all'] },
  { verb: 'save', next: ['up to', 'now', 'big', 'your', 'on your', 'this article', 'for later', '{number}'] },
  { verb: 'use code', always: true }, { verb: 'use promo code', always: true }, { verb: 'use coupon code', always: true },
  { verb: 'use discount code', always: true },
  { verb: 'escape', weak: true }, { verb: 'enjoy', weak: true }, { verb: 'receive', weak: true },
];

/** Openers of a short teaser question that leads into a call to action ("Want more stories like this?"). */
export const TEASER_OPENERS = [
  'want', 'like', 'liked', 'enjoy', 'enjoyed', 'enjoying', 'love', 'loved', 'looking for', 'interested in', 'curious',
  'got a tip', 'have a tip', 'got a news tip', 'have a news tip', 'have a story idea', 'know something', 'need', 'missed', 'do you', 'are you', "can't get enough", 'hungry for', 'short on time',
];

/** Verbs after which a trailing colon stands for a list of platform icons ("Follow Harbour Radio:"). */
export const ICON_LIST_VERBS = ['follow', 'join', 'like', 'connect with us', 'subscribe', 'find us', 'get'];

/** Second-person openers that carry a call to action without the imperative ("You can follow us on …"). */
export const YOU_CAN = ['you can', 'you can also', 'you can now', 'you may also', 'readers can', 'viewers can', 'listeners can'];

/**
 * Evidence that an imperative sells the outlet rather than instructs the reader about the news:
 * objects and adverbs that only a plug uses. First-person plural and platforms are matched in code.
 */
export const CTA_EVIDENCE = [
  'click here', 'tap here', 'here', 'for free', 'free of charge',
  'video below', 'video above', 'clip below', 'videos below', 'the full story', 'the full article', 'the full report', 'the full interview', 'the full video', 'the full episode',
  'the whole story', 'the original story', 'the original article', 'the latest news', 'the latest updates', 'breaking news',
  'this video', 'this story', 'this article', 'this page', 'this post', 'this report', 'this channel', 'this podcast',
  'this episode', 'this newsletter', 'read more', 'more at', 'more on', 'latest headlines', 'top stories', 'every morning',
  'every week', 'every day', 'each morning', 'each week', 'your inbox', 'your email', 'your phone', 'your device',
  'your feed', 'your mailbox', 'in your inbox', 'to your inbox', 'delivered', 'exclusive content', 'ad-free',
];

/** "We're on WhatsApp", "This video is from …": own-voice plugs that are not imperatives. */
export const OWN_VOICE_PLUGS = [
  "we're on {platform}", 'we are on {platform}', "we're now on {platform}", 'we are now on {platform}',
  'we are also on {platform}', "we're also on {platform}", 'find us on {platform}', 'find us on',
  'this {media} is from', 'this {media} was from', 'this {media} comes from', 'this {media} is courtesy of',
  'this {media} was produced by', 'this {media} is brought to you by', 'this {media} is available on',
];

/** Media a channel plug credits ("This video is from the … channel"). */
export const MEDIA = ['video', 'clip', 'podcast', 'episode', 'segment', 'documentary', 'film', 'livestream', 'broadcast'];

/** Lines (whole line, any case, optional colon) that head a block of the site's related headlines. */
export const RELATED_HEADINGS = [
  'related', 'related stories', 'related articles', 'related content', 'related coverage', 'related news', 'related links',
  'related posts', 'related reading', 'related videos', 'related topics', 'related reports', 'more related stories',
  'also read', 'read also', 'also see', 'see also', 'read more', 'read next', 'read more stories', 'more to read',
  'also on {site}', 'recommended', 'recommended for you', 'recommended stories', 'recommended reading', 'recommended videos',
  'recommended articles', 'you may also like', 'you might also like', 'you may like', 'you might like',
  'you may also be interested in', 'you might also be interested in', 'you might be interested in', 'you may be interested in',
  'others also read', 'people also read', 'readers also read', 'readers also liked', 'what others are reading',
  'most read', 'most popular', 'most viewed', 'most shared', 'most watched', 'most commented', 'popular now',
  'popular stories', 'popular today', 'trending', 'trending now', 'trending stories', 'trending news', 'trending today',
  'top stories', 'top news', 'top headlines', 'latest news', 'latest stories', 'latest headlines', 'latest articles',
  'more stories', 'more news', 'more headlines', 'more videos', 'more articles', 'more like this', "editor's picks",
  "editors' picks", 'editor picks', "don't miss", 'must read', 'must reads', 'in case you missed it', 'icymi',
  'what to read next', 'up next', 'stories you may have missed', 'you may have missed', 'around the web',
  'from our partners', 'from around the web', 'promoted stories', 'sponsored stories', 'more for you',
  'latest videos', 'top videos', 'featured videos', 'popular videos', 'featured stories', 'we recommend', 'explore more',
  'more top stories', 'more on this story', 'more on this topic', 'related video', 'related video stories',
  'next story', 'next article', 'previous article', 'next post', 'previous post', 'readers also viewed', 'also watch',
  'people also viewed', 'more coverage', 'further coverage', 'catch up on', 'read these next', 'more related news',
  'related article', 'trending topics', 'explore more on these topics', 'more on these topics', 'elsewhere on the site',
];

/** Sites a heading can name ("Also on …"). */
export const SITE_WORDS = ['the site', 'our site', 'this site'];

/**
 * Heading prefixes followed by a section or outlet name in title case ("Next In World",
 * "More from Business"). The name is checked in code: one to four capitalised words.
 */
export const SECTION_HEADING_PREFIXES = [
  'next in', 'more in', 'more from', 'latest in', 'latest from', 'also in', 'top stories in', 'more stories from',
  'more news from', 'more on', 'most read in', 'popular in', 'trending in',
];

/** Labels that open a line of chrome: "WATCH: …", "READ MORE: …", "Sponsored | …". */
export const LINE_LABELS: ReadonlyArray<{ label: string; kind: 'call-to-action' | 'related-headlines' | 'ad-label' | 'video-chrome' }> = [
  { label: 'watch', kind: 'call-to-action' }, { label: 'watch now', kind: 'call-to-action' }, { label: 'listen', kind: 'call-to-action' },
  { label: 'listen now', kind: 'call-to-action' }, { label: 'podcast', kind: 'call-to-action' }, { label: 'subscribe', kind: 'call-to-action' },
  { label: 'sign up', kind: 'call-to-action' }, { label: 'video', kind: 'video-chrome' }, { label: 'watch video', kind: 'video-chrome' },
  { label: 'read more', kind: 'related-headlines' }, { label: 'read also', kind: 'related-headlines' }, { label: 'also read', kind: 'related-headlines' },
  { label: 'related', kind: 'related-headlines' }, { label: 'see also', kind: 'related-headlines' }, { label: 'more', kind: 'related-headlines' },
  { label: 'recommended', kind: 'related-headlines' }, { label: 'must read', kind: 'related-headlines' }, { label: "don't miss", kind: 'related-headlines' },
  { label: 'trending', kind: 'related-headlines' }, { label: "editor's pick", kind: 'related-headlines' }, { label: 'read next', kind: 'related-headlines' },
  { label: 'sponsored', kind: 'ad-label' }, { label: 'advertisement', kind: 'ad-label' }, { label: 'paid content', kind: 'ad-label' },
  { label: 'partner content', kind: 'ad-label' }, { label: 'promoted', kind: 'ad-label' },
];

/** Whole lines that label advertising. */
export const AD_LABELS = [
  'advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored post',
  'sponsored by', 'paid content', 'paid post', 'paid partnership', 'promoted', 'promoted content', 'partner content',
  'advertiser content', 'advertorial', 'story continues below advertisement', 'article continues below advertisement',
  'continue reading below', 'article continues below', 'story continues below', 'advertisement - scroll to continue',
  'scroll to continue with content', 'this advertisement has not loaded yet, but your article continues below',
  'skip advertisement', 'remove ads', 'ad feedback',
];

/** Short lines that announce sponsorship ("Presented by Acme"); in a long sentence they are ordinary prose. */
export const SPONSOR_LINES = ['sponsored by', 'presented by', 'brought to you by', 'in partnership with', 'paid for by', 'powered by', 'supported by'];

/** Sentences of any length that announce sponsorship. */
export const SPONSOR_NOTES = [
  'this {piece} is sponsored', 'this {piece} was sponsored', 'this {piece} is paid for', 'this {piece} was paid for',
  'this {piece} is brought to you', 'this {piece} was produced in partnership', 'this {piece} is produced in partnership',
];

/** What a sponsorship note calls the piece. */
export const PIECES = ['article', 'story', 'post', 'content', 'page', 'newsletter', 'episode', 'feature', 'series'];

/** Whole lines of engagement widgets (reactions, comments, share bars). */
export const WIDGET_LINES = [
  'join the conversation', 'join the discussion', 'what are your thoughts', "what's your take", 'what do you think',
  'comments', 'comment', 'leave a comment', 'add a comment', 'view comments', 'show comments', 'post a comment',
  'share this article', 'share this story', 'share this', 'share', 'share on facebook', 'share on x', 'share via email',
  'copy link', 'like love haha wow sad angry', 'like', 'reactions', 'print this article', 'save article', 'gift this article',
  'listen to this article', 'listen to article', 'continue reading', 'show more', 'load more', 'see more', 'view more',
  'more', 'view all', 'see all', 'opens in new window', 'open in app', 'read in app', 'continue reading the main story',
  'skip to main content', 'skip to content', 'reuse this content', 'share via', 'tweet', 'print', 'email this', 'pin it',
  'share on {platform}', 'already a subscriber? log in', 'already a subscriber? sign in', 'already a subscriber', 'follow', 'follow us', 'follow topic', 'sign in', 'log in', 'create free account',
];

/**
 * Commerce section words: a short standalone line with one of these, outside the article body,
 * is the site's shopping chrome ("Shopping essentials", "Deals of the week").
 */
export const COMMERCE_WORDS = [
  'shopping', 'shop', 'deals', 'deal of the day', 'flyers', 'flyer', 'coupons', 'coupon', 'promo codes', 'offers',
  'gift guide', 'gift guides', 'best buys', 'marketplace', 'classifieds', 'sales', 'discounts', 'bargains', 'buying guide',
];

/** Whole lines of video-player chrome. */
export const VIDEO_CHROME_LINES = [
  'show chapters', 'hide chapters', 'show transcript', 'hide transcript', 'now playing', 'up next', 'watch now',
  'play video', 'watch video', 'replay', 'replay video', 'autoplay', 'watch live', 'live video', 'video', 'watch full video',
  'watch the full video', 'watch more', 'more videos', 'watch full episode', 'closed captions', 'unmute', 'tap to unmute',
  'video ad feedback', 'video player', 'chapters', 'video player is loading', 'this is a modal window', 'play', 'pause',
  'mute', 'fullscreen', 'live', 'watch again', 'captions', 'transcript', 'advertisement video',
];

/** Whole lines that open a source list. */
export const SOURCE_LIST_HEADINGS = [
  'sources', 'sources include', 'source', 'sources used', 'sources cited', 'references', 'sources and references', 'further reading',
  'sources for this article include', 'sources for this article', 'sources for this story include', 'sources for this report include',
  'references include',
];

/** Tool nouns that make an AI product the head of an attribution ("according to X's … engine"). */
export const AI_TOOL_NOUNS = [
  'engine', 'ai engine', 'chatbot', 'chat bot', 'ai assistant', 'ai model', 'language model', 'llm', 'copilot', 'ai', 'ai tool',
  'ai system', 'answer engine', 'ai search',
];

/** Present-tense verbs after an AI product that make it the source ("X's Y engine says …"). */
export const TOOL_SPEECH_VERBS = ['says', 'explains', 'notes', 'warns', 'suggests', 'points out', 'answers', 'concludes', 'estimates', 'predicts'];

/** Openers that make what follows the source of a statement. */
export const SOURCE_OPENERS = ['according to', 'as explained by', 'as noted by', 'as reported by', 'per', 'citing', 'as per'];

/** Verbs that make a sentence reported speech: a plug inside it is someone's words, not the outlet's. */
export const ATTRIBUTION_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'urged', 'urges', 'posted', 'tweeted', 'asked',
  'asks', 'announced', 'announces', 'stated', 'states', 'declared', 'shouted', 'chanted', 'insisted', 'according to',
];

/** Lines that credit where a story came from; a credit is not a plug (see docs/rules/promotional.md). */
export const CREDIT_OPENERS = [
  'reporting by', 'additional reporting by', 'editing by', 'writing by', 'compiled by', 'originally published',
  'this article originally appeared', 'this story originally appeared', 'this article was originally published',
  'this story was originally published', 'this article first appeared', 'this story first appeared', 'first published',
  'copyright', 'all rights reserved', 'contributed to this report', 'with reporting from', 'by', 'photo', 'photos',
  'image', 'caption', 'file photo',
];

/** Words anywhere in a line that make it a credit, not a headline. */
export const CREDIT_WORDS = [
  'contributed', 'contributing', 'reporting by', 'edited by', 'editing by', 'written by', 'photo by', 'photos by',
  'photograph by', 'copyright', 'all rights reserved', 'staff writer', 'correspondent', 'is a reporter', 'is a writer',
  'photo', 'photos', 'getty images', 'image credit', 'file photo', 'courtesy of',
];

/**
 * Products an outlet names as its own ("our daily newsletter", "our WhatsApp channel"). Narrower
 * than PRODUCT_NOUNS: a broadcaster's story says "our channel's reporter", a union's "our membership".
 */
export const OWN_PRODUCTS = [
  'newsletter', 'newsletters', 'podcast', 'podcasts', 'app', 'apps', 'news alerts', 'push notifications', 'briefing',
  'e-paper', 'epaper', 'e-edition', 'digital edition', 'free trial', 'youtube channel', 'whatsapp channel', 'telegram channel',
  'newsletter signup', 'subscription offer',
];
